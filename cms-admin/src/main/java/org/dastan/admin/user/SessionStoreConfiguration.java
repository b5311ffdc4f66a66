package org.dastan.admin.user;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Stores session attributes with an upsert. A browser sends several requests at once
 * right after login, and each adds the same new attributes; plain inserts collide on the
 * attributes' primary key and fail the requests. Spring Session ships the PostgreSQL
 * statement; H2 has its own {@code MERGE ... KEY}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
			throws MetaDataAccessException {
		String database = JdbcUtils.commonDatabaseName(
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		return switch (database) {
			case "PostgreSQL" -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer()::customize;
			case "H2" -> (sessions) -> sessions.setCreateSessionAttributeQuery(H2_UPSERT);
			default -> (sessions) -> {
			};
		};
	}

}
