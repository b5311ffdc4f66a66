package org.dastan.core.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.dastan.core.search.SearchIndex;

/**
 * Restores an archive into an empty database: checks the archive and refuses one from a
 * newer Dastan; refuses a database that holds any row; builds the schema the archive was
 * taken at (Flyway up to its version), writes the media files, then every table's rows in
 * one transaction, referenced tables first; sets each generated key to go on after the
 * largest restored one; migrates to this Dastan's schema; and asks for the search index
 * to be rebuilt at the next start.
 */
final class ArchiveRestorer {

	private static final int BATCH = 500;

	private final DataSource dataSource;

	private final Path mediaDir;

	private final JsonMapper json;

	ArchiveRestorer(DataSource dataSource, Path mediaDir, JsonMapper json) {
		this.dataSource = dataSource;
		this.mediaDir = mediaDir;
		this.json = json;
	}

	RestoreReport restore(Path archive, Instant now) throws IOException {
		if (!Files.isRegularFile(archive)) {
			throw new RestoreRefusedException("There is no file " + archive.toAbsolutePath() + ".");
		}
		try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
			BackupManifest manifest = manifest(zip);
			MigrationVersion version = MigrationVersion.fromVersion(manifest.schemaVersion());
			MigrationVersion latest = SchemaVersions.latest(this.dataSource);
			if (version.compareTo(latest) > 0) {
				throw new RestoreRefusedException(
						"The backup is of schema version " + version + ", newer than this Dastan's " + latest
								+ ": restore it with Dastan " + manifest.dastanVersion() + " or newer.");
			}
			refuseUnlessEmpty();
			Flyway toArchive = SchemaVersions.flyway(this.dataSource, version);
			if (toArchive.info().applied().length > 0) {
				// Empty, as just checked: dropped to be built again at the archive's
				// version, which may be older than the one it is at.
				toArchive.clean();
			}
			toArchive.migrate();
			int files = restoreMedia(zip, manifest);
			long rows = restoreRows(zip, manifest);
			restartGeneratedKeys();
			SchemaVersions.flyway(this.dataSource, null).migrate();
			askForSearchIndex(now);
			return new RestoreReport(version.getVersion(), latest.getVersion(), manifest.tables().size(), rows, files);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The restore failed: " + ex.getMessage()
					+ ". Empty the database (drop and create it) before trying again.", ex);
		}
	}

	private BackupManifest manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(Archive.MANIFEST);
		if (entry == null) {
			throw new RestoreRefusedException("This is not a Dastan backup: it has no " + Archive.MANIFEST + ".");
		}
		BackupManifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = this.json.readValue(in, BackupManifest.class);
		}
		catch (JacksonException ex) {
			throw new RestoreRefusedException(
					"The backup's " + Archive.MANIFEST + " cannot be read: " + ex.getMessage());
		}
		if (manifest.format() != BackupManifest.FORMAT || manifest.schemaVersion() == null || manifest.tables() == null
				|| manifest.media() == null) {
			throw new RestoreRefusedException("The backup is in format " + manifest.format() + ", which this Dastan ("
					+ SchemaVersions.dastan() + ") does not read.");
		}
		return manifest;
	}

	private void refuseUnlessEmpty() throws SQLException {
		Map<String, Long> filled = new LinkedHashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			Schema schema = Schema.read(connection);
			for (Schema.Table table : schema.tables()) {
				long rows = count(connection, schema, table);
				if (rows > 0) {
					filled.put(table.key(), rows);
				}
			}
		}
		if (!filled.isEmpty()) {
			throw new RestoreRefusedException(
					"Dastan restores a backup only into an empty database, and this one" + " holds rows ("
							+ filled.entrySet()
								.stream()
								.map((table) -> table.getKey() + ": " + table.getValue())
								.collect(Collectors.joining(", "))
							+ "). Point spring.datasource.url at a new, empty database and restore into that.");
		}
	}

	private static long count(Connection connection, Schema schema, Schema.Table table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from " + schema.quoted(table.name()))) {
			result.next();
			return result.getLong(1);
		}
	}

	private int restoreMedia(ZipFile zip, BackupManifest manifest) throws IOException {
		Path root = this.mediaDir.toAbsolutePath().normalize();
		Files.createDirectories(root);
		for (Map.Entry<String, String> file : manifest.media().entrySet()) {
			Path target = root.resolve(file.getKey()).normalize();
			ZipEntry entry = zip.getEntry(Archive.media(file.getKey()));
			if (!target.startsWith(root) || target.equals(root)) {
				throw new RestoreRefusedException(
						"The backup names a media file outside the media directory: " + file.getKey());
			}
			if (entry == null) {
				throw new RestoreRefusedException(
						"The backup lacks the media file " + file.getKey() + " its manifest lists: it is incomplete.");
			}
			Files.createDirectories(target.getParent());
			DigestOutputStream out = new DigestOutputStream(Files.newOutputStream(target), Archive.sha256());
			try (InputStream in = zip.getInputStream(entry); out) {
				in.transferTo(out);
			}
			if (!HexFormat.of().formatHex(out.getMessageDigest().digest()).equals(file.getValue())) {
				throw new RestoreRefusedException(
						"The media file " + file.getKey() + " in the backup is damaged: its SHA-256 does not match.");
			}
		}
		return manifest.media().size();
	}

	private long restoreRows(ZipFile zip, BackupManifest manifest) throws IOException, SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				Schema schema = Schema.read(connection);
				List<String> unknown = new ArrayList<>(manifest.tables().keySet());
				schema.tables().forEach((table) -> unknown.remove(table.key()));
				if (!unknown.isEmpty()) {
					throw new RestoreRefusedException("The backup has tables this schema lacks: " + unknown);
				}
				deleteRowsOfMigrations(connection, schema);
				long rows = 0;
				for (Schema.Table table : schema.tables()) {
					rows += restoreTable(zip, manifest, connection, schema, table);
				}
				connection.commit();
				return rows;
			}
			catch (IOException | SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
	}

	// A migration may insert rows of its own (a settings row, say); the archive holds
	// them as they stood when it was taken.
	private static void deleteRowsOfMigrations(Connection connection, Schema schema) throws SQLException {
		List<Schema.Table> dependentsFirst = new ArrayList<>(schema.tables());
		Collections.reverse(dependentsFirst);
		try (Statement statement = connection.createStatement()) {
			for (Schema.Table table : dependentsFirst) {
				statement.executeUpdate("delete from " + schema.quoted(table.name()));
			}
		}
	}

	private long restoreTable(ZipFile zip, BackupManifest manifest, Connection connection, Schema schema,
			Schema.Table table) throws IOException, SQLException {
		Long expected = manifest.tables().get(table.key());
		ZipEntry entry = zip.getEntry(Archive.table(table.key()));
		if (expected == null || entry == null) {
			throw new RestoreRefusedException("The backup lacks the table " + table.key() + ": it is incomplete.");
		}
		long rows = 0;
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
			List<Schema.Column> columns = null;
			PreparedStatement insert = null;
			try {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					Map<String, Object> row = row(line, table);
					if (insert == null) {
						columns = columns(row, table);
						insert = connection.prepareStatement(insert(schema, table, columns));
					}
					for (int i = 0; i < columns.size(); i++) {
						ColumnValues.bind(insert, i + 1, row.get(columns.get(i).key()), columns.get(i));
					}
					insert.addBatch();
					if (++rows % BATCH == 0) {
						insert.executeBatch();
					}
				}
				if (insert != null) {
					insert.executeBatch();
				}
			}
			finally {
				if (insert != null) {
					insert.close();
				}
			}
		}
		if (rows != expected) {
			throw new RestoreRefusedException("The backup's table " + table.key() + " has " + rows
					+ " rows where its manifest says " + expected + ": it is damaged.");
		}
		return rows;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> row(String line, Schema.Table table) {
		try {
			return this.json.readValue(line, Map.class);
		}
		catch (JacksonException ex) {
			throw new RestoreRefusedException("The backup's table " + table.key() + " is damaged: " + ex.getMessage());
		}
	}

	private static List<Schema.Column> columns(Map<String, Object> row, Schema.Table table) {
		List<Schema.Column> columns = new ArrayList<>();
		for (String key : row.keySet()) {
			Schema.Column column = table.column(key);
			if (column == null) {
				throw new RestoreRefusedException(
						"The backup's table " + table.key() + " has a column this schema lacks: " + key);
			}
			columns.add(column);
		}
		return columns;
	}

	private static String insert(Schema schema, Schema.Table table, List<Schema.Column> columns) {
		return "insert into " + schema.quoted(table.name()) + " ("
				+ columns.stream().map((column) -> schema.quoted(column.name())).collect(Collectors.joining(", "))
				+ ") values (" + columns.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
	}

	/**
	 * The rows came with their keys: the database's own numbering of each generated key
	 * must go on after the largest, or the next article saved would take a restored one's
	 * id.
	 */
	private void restartGeneratedKeys() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
			Schema schema = Schema.read(connection);
			for (Schema.Table table : schema.tables()) {
				for (Schema.Column column : table.columns()) {
					if (column.identity()) {
						restart(connection, schema, table, column, postgres);
					}
				}
			}
		}
	}

	private static void restart(Connection connection, Schema schema, Schema.Table table, Schema.Column column,
			boolean postgres) throws SQLException {
		long largest;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select coalesce(max(" + schema.quoted(column.name())
						+ "), 0) from " + schema.quoted(table.name()))) {
			result.next();
			largest = result.getLong(1);
		}
		if (largest == 0) {
			return;
		}
		if (postgres) {
			// Identity and serial columns alike have a sequence behind them.
			try (PreparedStatement setval = connection
				.prepareStatement("select setval(pg_get_serial_sequence(?, ?), ?, true)")) {
				setval.setString(1, schema.quoted(table.name()));
				setval.setString(2, column.name());
				setval.setLong(3, largest);
				setval.execute();
			}
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table " + schema.quoted(table.name()) + " alter column "
					+ schema.quoted(column.name()) + " restart with " + (largest + 1));
		}
	}

	private void askForSearchIndex(Instant now) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement("delete from app_flags where name = ?");
				PreparedStatement insert = connection
					.prepareStatement("insert into app_flags (name, set_at) values (?, ?)")) {
			delete.setString(1, SearchIndex.REBUILD_FLAG);
			delete.executeUpdate();
			insert.setString(1, SearchIndex.REBUILD_FLAG);
			insert.setTimestamp(2, Timestamp.from(now));
			insert.executeUpdate();
		}
	}

}
