package org.dastan.core.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an archive: {@code tables/
 *
<table>
 * .jsonl} with one JSON object per row, read in one read-only snapshot transaction so
 * that the tables agree with each other while the site goes on saving; then
 * {@code media/...}, the files of the media directory; then {@code manifest.json}, last
 * because it counts what went before.
 */
final class ArchiveWriter {

	private static final Logger logger = LoggerFactory.getLogger(ArchiveWriter.class);

	// H2's own number for its SNAPSHOT level, which JDBC has no constant for: every read
	// of the transaction sees the database as it was when the transaction began.
	private static final int H2_SNAPSHOT = 6;

	private final DataSource dataSource;

	private final Path mediaDir;

	private final JsonMapper json;

	ArchiveWriter(DataSource dataSource, Path mediaDir, JsonMapper json) {
		this.dataSource = dataSource;
		this.mediaDir = mediaDir;
		this.json = json;
	}

	BackupManifest write(OutputStream out, Instant now) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Map<String, Long> tables = new LinkedHashMap<>();
		String schemaVersion;
		try (Connection connection = this.dataSource.getConnection()) {
			beginSnapshot(connection);
			try {
				schemaVersion = SchemaVersions.applied(connection);
				Schema schema = Schema.read(connection);
				for (Schema.Table table : schema.tables()) {
					tables.put(table.key(), writeTable(zip, connection, schema, table));
				}
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the database for a backup: " + ex.getMessage(), ex);
		}
		Map<String, String> media = writeMedia(zip);
		BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, SchemaVersions.dastan(), schemaVersion,
				now.toString(), tables, media);
		zip.putNextEntry(new ZipEntry(Archive.MANIFEST));
		zip.write(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		zip.closeEntry();
		zip.finish();
		zip.flush();
		return manifest;
	}

	// Set before the transaction begins, with its first query. The pool resets the
	// isolation level, the read-only flag and auto-commit when the connection goes back.
	private static void beginSnapshot(Connection connection) throws SQLException {
		boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
		connection.setTransactionIsolation(h2 ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ);
		connection.setReadOnly(true);
		connection.setAutoCommit(false);
	}

	private long writeTable(ZipOutputStream zip, Connection connection, Schema schema, Schema.Table table)
			throws SQLException, IOException {
		zip.putNextEntry(new ZipEntry(Archive.table(table.key())));
		// Not closed: closing it would close the archive.
		Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
		long rows = 0;
		try (Statement statement = connection.createStatement()) {
			// PostgreSQL streams the rows only with a fetch size, inside a transaction.
			statement.setFetchSize(500);
			try (ResultSet row = statement.executeQuery(select(schema, table))) {
				ResultSetMetaData meta = row.getMetaData();
				while (row.next()) {
					Map<String, Object> values = new LinkedHashMap<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						values.put(Schema.key(meta.getColumnName(i)),
								ColumnValues.read(row, i, meta.getColumnType(i), meta.getColumnTypeName(i)));
					}
					out.write(this.json.writeValueAsString(values));
					out.write('\n');
					rows++;
				}
			}
		}
		out.flush();
		zip.closeEntry();
		return rows;
	}

	// In the order of the primary key, so that two archives of the same rows are alike.
	private static String select(Schema schema, Schema.Table table) {
		String sql = "select * from " + schema.quoted(table.name());
		if (table.primaryKey().isEmpty()) {
			return sql;
		}
		return sql + " order by " + table.primaryKey().stream().map(schema::quoted).collect(Collectors.joining(", "));
	}

	private Map<String, String> writeMedia(ZipOutputStream zip) throws IOException {
		Map<String, String> media = new TreeMap<>();
		if (!Files.isDirectory(this.mediaDir)) {
			return media;
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(this.mediaDir)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			String name = this.mediaDir.relativize(file).toString().replace('\\', '/');
			try (InputStream in = Files.newInputStream(file)) {
				zip.putNextEntry(new ZipEntry(Archive.media(name)));
				DigestInputStream digest = new DigestInputStream(in, Archive.sha256());
				digest.transferTo(zip);
				zip.closeEntry();
				media.put(name, HexFormat.of().formatHex(digest.getMessageDigest().digest()));
			}
			catch (NoSuchFileException ex) {
				// Deleted since the walk: its row was deleted too, or is about to be.
				logger.info("Media file {} went while the backup was being taken; left out", name);
			}
		}
		return media;
	}

}
