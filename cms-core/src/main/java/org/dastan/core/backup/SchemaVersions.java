package org.dastan.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Versions: of the schema a database is at (Flyway's latest applied migration), of the
 * schema this Dastan brings (its latest migration), and of Dastan itself.
 */
final class SchemaVersions {

	static final String LOCATION = "classpath:db/migration";

	private static final String HISTORY = "flyway_schema_history";

	private SchemaVersions() {
	}

	/**
	 * The latest migration applied to the connection's database; refused when it has
	 * none.
	 */
	static String applied(Connection connection) throws SQLException {
		if (Schema.tableNames(connection).stream().map(Schema::key).noneMatch(HISTORY::equals)) {
			throw new IllegalStateException("The database holds no Dastan schema (no Flyway history): there is"
					+ " nothing to back up. Check spring.datasource.url.");
		}
		// Flyway quotes the names of its table and columns, so H2 keeps them in lower
		// case.
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null")) {
			MigrationVersion latest = MigrationVersion.EMPTY;
			while (rows.next()) {
				MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
				latest = (version.compareTo(latest) > 0) ? version : latest;
			}
			return latest.getVersion();
		}
	}

	/** This Dastan's latest migration. */
	static MigrationVersion latest(DataSource dataSource) {
		return Arrays.stream(flyway(dataSource, null).info().all())
			.filter((migration) -> migration.getVersion() != null && migration.getState().isResolved())
			.map(MigrationInfo::getVersion)
			.max(MigrationVersion::compareTo)
			.orElse(MigrationVersion.EMPTY);
	}

	/**
	 * Flyway with the application's migrations, up to the target (all of them when null);
	 * clean is allowed, and only a restore that found the database empty calls it.
	 */
	static Flyway flyway(DataSource dataSource, MigrationVersion target) {
		var configuration = Flyway.configure(SchemaVersions.class.getClassLoader())
			.dataSource(dataSource)
			.locations(LOCATION)
			.cleanDisabled(false);
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

	/** The version of Dastan running, from its jar; "development" outside a jar. */
	static String dastan() {
		try (InputStream in = SchemaVersions.class
			.getResourceAsStream("/META-INF/maven/org.dastan/cms-core/pom.properties")) {
			if (in == null) {
				return "development";
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", "development");
		}
		catch (IOException ex) {
			return "development";
		}
	}

}
