package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Hibernate Search's outbox-polling tables, as Hibernate generates them from the mapping
 * in hibernate-search-mapper-orm-outbox-polling under Spring Boot's naming. With
 * {@code dastan.search.backend=opensearch} every transaction that changes indexed content
 * adds rows to {@code hsearch_outbox_event}, and the nodes, each registered in
 * {@code hsearch_agent}, share out indexing them, so that each change is indexed once for
 * the whole cluster. With Lucene (one node) both stay empty.
 * <p>
 * A Java migration, since the payload's type is the one thing the two databases must
 * spell differently: Hibernate validates it as {@code blob} on H2 and {@code bytea} on
 * PostgreSQL. The enum columns carry no check constraint, so that a Hibernate Search
 * upgrade that adds a state needs no migration.
 */
public class V24__search_outbox extends BaseJavaMigration {

	private static final String TABLES = """
			create table hsearch_outbox_event (
				id uuid not null,
				entity_name varchar(256) not null,
				entity_id varchar(256) not null,
				entity_id_hash integer not null,
				payload %1$s not null,
				retries integer not null,
				process_after timestamp(6) with time zone not null,
				status varchar(255) not null,
				tenant_id varchar(255),
				primary key (id)
			);
			create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
			create table hsearch_agent (
				id uuid not null,
				type varchar(255) not null,
				name varchar(255) not null,
				expiration timestamp(6) with time zone not null,
				state varchar(255) not null,
				total_shard_count integer,
				assigned_shard_index integer,
				payload %1$s,
				tenant_id varchar(255),
				primary key (id)
			)
			""";

	@Override
	public void migrate(Context context) throws Exception {
		boolean h2 = "H2".equals(context.getConnection().getMetaData().getDatabaseProductName());
		try (Statement statement = context.getConnection().createStatement()) {
			for (String table : TABLES.formatted(h2 ? "blob" : "bytea").split(";")) {
				statement.execute(table);
			}
		}
	}

}
