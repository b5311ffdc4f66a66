package org.dastan.admin.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.backup.BackupManifest;
import org.dastan.core.backup.Backups;
import org.dastan.core.backup.RestoreRefusedException;
import org.dastan.core.backup.RestoreReport;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup of the demo newsroom (with a two-factor secret, recovery codes and a redirect
 * besides) restores into another, empty database as it was: every table row by row, the
 * media files byte by byte, numbering that goes on after the restored keys; and a restore
 * refuses a database that holds anything, an archive of a newer schema and a broken one.
 */
@SpringBootTest(properties = { "dastan.demo.enabled=true", "dastan.media-dir=target/test-media/backup" })
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRoundTripTest {

	@Autowired
	private Backups backups;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private NewsroomProperties newsroom;

	@TempDir
	private Path temp;

	private Path archive;

	@BeforeAll
	void takeABackupOfTheDemoWithSecrets() throws IOException {
		this.jdbc.update("update user_accounts set totp_secret = 'JBSWY3DPEHPK3PXP', totp_last_step = 59000001");
		this.jdbc.update("insert into user_recovery_codes (user_id, code_hash) select id, 'ab12' from user_accounts");
		this.jdbc.update(
				"insert into redirects (old_path, target, status, hits, created_at, updated_at, version)"
						+ " values ('/?p=1', '/articles/x', 301, 7, ?, ?, 0)",
				Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
		this.archive = Files.createTempFile("dastan-backup", ".zip");
		try (OutputStream out = Files.newOutputStream(this.archive)) {
			this.backups.write(out);
		}
	}

	@AfterAll
	void deleteTheBackup() throws IOException {
		Files.deleteIfExists(this.archive);
	}

	@Test
	void restoresEveryTableRowByRowAndEveryMediaFile() throws IOException {
		HikariDataSource target = emptyDatabase();
		// Migrated and never used: dropped and built again at the backup's version.
		SchemaTool.migrate(target);
		Path media = this.temp.resolve("media");
		RestoreReport report = backups(target, media).restore(this.archive);

		BackupManifest manifest = manifest(this.archive);
		assertThat(manifest.tables())
			.containsKeys("articles", "articles_aud", "revinfo", "user_accounts", "user_account_roles",
					"user_recovery_codes", "media", "redirects", "sidebar_widgets", "rates", "currencies", "app_flags",
					"audit_entries", "tags", "authors", "suggested_links")
			.doesNotContainKeys("flyway_schema_history", "spring_session", "shedlock", "content_changes");
		assertThat(manifest.tables().get("articles")).isGreaterThan(10);
		assertThat(manifest.tables().get("articles_aud")).isGreaterThan(10);
		assertThat(report.rows()).isEqualTo(manifest.rows());

		// The same rows, read back the same way: an archive of the restored database
		// holds the very lines of the first.
		Path again = this.temp.resolve("again.zip");
		try (OutputStream out = Files.newOutputStream(again)) {
			backups(target, media).write(out);
		}
		Map<String, String> first = tables(this.archive);
		Map<String, String> second = tables(again);
		// Besides the restored flags, one asks the next start to rebuild the search
		// index.
		assertThat(second.remove("tables/app_flags.jsonl")).contains(first.remove("tables/app_flags.jsonl"))
			.contains(SearchIndex.REBUILD_FLAG);
		assertThat(second).containsExactlyEntriesOf(first);

		JdbcTemplate restored = new JdbcTemplate(target);
		String secrets = "select username, password_hash, totp_secret, totp_last_step from user_accounts order by id";
		assertThat(restored.queryForList(secrets)).isEqualTo(this.jdbc.queryForList(secrets));
		String rates = "select currency, rate_date, rate_value, fetched_at from rates order by id";
		assertThat(restored.queryForList(rates)).isEqualTo(this.jdbc.queryForList(rates));

		assertThat(manifest.media()).isNotEmpty();
		Path source = Path.of(this.newsroom.mediaDir());
		for (String file : manifest.media().keySet()) {
			assertThat(Files.readAllBytes(media.resolve(file))).isEqualTo(Files.readAllBytes(source.resolve(file)));
		}
		target.close();
	}

	@Test
	void numbersNewRowsAfterTheRestoredOnes() throws IOException {
		HikariDataSource target = emptyDatabase();
		backups(target, this.temp.resolve("numbered")).restore(this.archive);
		JdbcTemplate restored = new JdbcTemplate(target);

		long largest = restored.queryForObject("select max(id) from articles", Long.class);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		restored.update((connection) -> {
			var insert = connection.prepareStatement("insert into articles (slug, title, body, status, updated_at,"
					+ " created_at, view_count, version) values ('after-restore', 'After', '<p>x</p>', 'DRAFT', ?, ?,"
					+ " 0, 0)", Statement.RETURN_GENERATED_KEYS);
			insert.setTimestamp(1, Timestamp.from(Instant.now()));
			insert.setTimestamp(2, Timestamp.from(Instant.now()));
			return insert;
		}, key);
		assertThat(key.getKey().longValue()).isEqualTo(largest + 1);
		long revision = restored.queryForObject("select max(rev) from revinfo", Long.class);
		restored.update("insert into revinfo (revtstmp) values (1)");
		assertThat(restored.queryForObject("select max(rev) from revinfo", Long.class)).isEqualTo(revision + 1);
		target.close();
	}

	@Test
	void refusesADatabaseThatHoldsAnything() {
		long articles = this.jdbc.queryForObject("select count(*) from articles", Long.class);
		assertThatThrownBy(() -> this.backups.restore(this.archive)).isInstanceOf(RestoreRefusedException.class)
			.hasMessageContaining("only into an empty database")
			.hasMessageContaining("articles: " + articles);
		assertThat(this.jdbc.queryForObject("select count(*) from articles", Long.class)).isEqualTo(articles);
	}

	@Test
	void refusesABackupOfANewerSchema() throws IOException {
		Path newer = rewriteManifest((manifest) -> manifest.replaceFirst("\"schemaVersion\"\\s*:\\s*\"[0-9.]+\"",
				"\"schemaVersion\": \"9999\""));
		HikariDataSource target = emptyDatabase();
		assertThatThrownBy(() -> backups(target, this.temp.resolve("newer")).restore(newer))
			.isInstanceOf(RestoreRefusedException.class)
			.hasMessageContaining("schema version 9999, newer than this Dastan's");
		assertThat(new JdbcTemplate(target).queryForObject(
				"select count(*) from information_schema.tables where lower(table_name) = 'articles'", Long.class))
			.isZero();
		target.close();
	}

	@Test
	void refusesAnArchiveCutShort() throws IOException {
		Path cut = this.temp.resolve("cut.zip");
		copy(this.archive, cut, (name) -> !name.equals("manifest.json"), null);
		HikariDataSource target = emptyDatabase();
		assertThatThrownBy(() -> backups(target, this.temp.resolve("cut")).restore(cut))
			.isInstanceOf(RestoreRefusedException.class)
			.hasMessageContaining("no manifest.json");
		target.close();
	}

	private Backups backups(DataSource target, Path media) {
		return new Backups(target,
				new NewsroomProperties("Dastan", this.newsroom.timeZone(), "USD", 4, media.toString()),
				Clock.systemUTC());
	}

	private static HikariDataSource emptyDatabase() {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url("jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
			.username("sa")
			.build();
	}

	private static BackupManifest manifest(Path archive) throws IOException {
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			return JsonMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(zip.getInputStream(zip.getEntry("manifest.json")), BackupManifest.class);
		}
	}

	private static Map<String, String> tables(Path archive) throws IOException {
		Map<String, String> tables = new TreeMap<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (entry.getName().startsWith("tables/")) {
					try (InputStream in = zip.getInputStream(entry)) {
						tables.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return tables;
	}

	private Path rewriteManifest(UnaryOperator<String> change) throws IOException {
		Path rewritten = this.temp.resolve(UUID.randomUUID() + ".zip");
		copy(this.archive, rewritten, (name) -> true, change);
		return rewritten;
	}

	private static void copy(Path from, Path to, Predicate<String> keep, UnaryOperator<String> manifest)
			throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (!keep.test(entry.getName())) {
					continue;
				}
				byte[] content;
				try (InputStream in = zip.getInputStream(entry)) {
					content = in.readAllBytes();
				}
				if (manifest != null && entry.getName().equals("manifest.json")) {
					content = manifest.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
	}

	/** Flyway on its own, as an install that started once and was never used. */
	private static final class SchemaTool {

		static void migrate(DataSource target) {
			Flyway.configure().dataSource(target).load().migrate();
		}

	}

}
