package org.dastan.core.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the application's schema as JDBC metadata describes them, in an order in
 * which every table comes after the tables its foreign keys point to. Read from the
 * database rather than listed, so that a table a later migration adds is backed up and
 * restored without a change here. Names are kept as the database spells them (H2 in
 * capitals, PostgreSQL in lower case) for SQL, and in lower case as keys for the archive.
 */
record Schema(String quote, List<Table> tables) {

	/**
	 * Tables that hold no content of the site: Flyway's history (the manifest keeps its
	 * version instead, and a restore migrates), ShedLock's locks, Spring Session's
	 * sessions (staff sign in again after a restore), the change log (what each node has
	 * yet to drop from its caches: it means nothing on another install, and is pruned
	 * after an hour anyway) and Hibernate Search's outbox (a restore rebuilds the index).
	 */
	private static final Set<String> NOT_CONTENT = Set.of("flyway_schema_history", "shedlock", "spring_session",
			"spring_session_attributes", "content_changes");

	static boolean isContent(String key) {
		return !NOT_CONTENT.contains(key) && !key.startsWith("hsearch_");
	}

	/** The content tables of the connection's current schema, referenced ones first. */
	static Schema read(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String catalog = connection.getCatalog();
		String schema = connection.getSchema();
		Map<String, Table> tables = new TreeMap<>();
		for (String name : tableNames(connection)) {
			if (isContent(key(name))) {
				tables.put(key(name), table(meta, catalog, schema, name));
			}
		}
		return new Schema(meta.getIdentifierQuoteString().strip(), inDependencyOrder(tables));
	}

	/** The names of every table of the connection's current schema, as it spells them. */
	static Set<String> tableNames(Connection connection) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (ResultSet rows = connection.getMetaData()
			.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				names.add(rows.getString("TABLE_NAME"));
			}
		}
		return names;
	}

	/** The table with this archive key, or null. */
	Table table(String key) {
		return this.tables.stream().filter((table) -> table.key().equals(key)).findFirst().orElse(null);
	}

	String quoted(String name) {
		return this.quote + name + this.quote;
	}

	static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static Table table(DatabaseMetaData meta, String catalog, String schema, String name) throws SQLException {
		List<Column> columns = new ArrayList<>();
		try (ResultSet rows = meta.getColumns(catalog, schema, name, "%")) {
			while (rows.next()) {
				columns.add(new Column(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"),
						rows.getString("TYPE_NAME"), "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT")),
						rows.getInt("ORDINAL_POSITION")));
			}
		}
		columns.sort((a, b) -> Integer.compare(a.position(), b.position()));
		Map<Integer, String> primaryKey = new TreeMap<>();
		try (ResultSet rows = meta.getPrimaryKeys(catalog, schema, name)) {
			while (rows.next()) {
				primaryKey.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
			}
		}
		Set<String> references = new TreeSet<>();
		try (ResultSet rows = meta.getImportedKeys(catalog, schema, name)) {
			while (rows.next()) {
				references.add(key(rows.getString("PKTABLE_NAME")));
			}
		}
		references.remove(key(name));
		return new Table(name, key(name), columns, List.copyOf(primaryKey.values()), references);
	}

	// Kahn's algorithm, alphabetical among tables that are ready, so that archives of
	// one database list their tables alike.
	private static List<Table> inDependencyOrder(Map<String, Table> tables) {
		List<Table> ordered = new ArrayList<>();
		Set<String> placed = new TreeSet<>();
		while (ordered.size() < tables.size()) {
			Table next = tables.values()
				.stream()
				.filter((table) -> !placed.contains(table.key()))
				.filter((table) -> table.references()
					.stream()
					.allMatch((target) -> placed.contains(target) || !tables.containsKey(target)))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The foreign keys of these tables form a cycle: "
						+ tables.keySet().stream().filter((key) -> !placed.contains(key)).toList()));
			ordered.add(next);
			placed.add(next.key());
		}
		return ordered;
	}

	/** A table, its columns in order, its primary key and the tables it references. */
	record Table(String name, String key, List<Column> columns, List<String> primaryKey, Set<String> references) {

		Column column(String key) {
			return this.columns.stream().filter((column) -> column.key().equals(key)).findFirst().orElse(null);
		}

	}

	/**
	 * A column: its JDBC type and the database's name for it (PostgreSQL reports
	 * {@code timestamptz} as a plain timestamp type), and whether the database numbers
	 * it.
	 */
	record Column(String name, int type, String typeName, boolean identity, int position) {

		String key() {
			return Schema.key(this.name);
		}

	}

}
