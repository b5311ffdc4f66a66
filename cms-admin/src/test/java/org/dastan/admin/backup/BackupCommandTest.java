package org.dastan.admin.backup;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line takes a backup of the configured database and restores it into
 * another, without starting the site, and says so by its exit status: 1 for a restore
 * into a database that holds anything.
 */
@SpringBootTest
@ActiveProfiles("test")
class BackupCommandTest {

	@Autowired
	private DataSource dataSource;

	@TempDir
	private Path temp;

	@Test
	void takesABackupAndRestoresItIntoAnEmptyDatabaseOnly() throws Exception {
		String source = ((HikariDataSource) this.dataSource).getJdbcUrl();
		String target = "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		Path archive = this.temp.resolve("site.zip");

		assertThat(BackupCommand.run(args("--dastan.backup.create=" + archive, source))).isZero();
		assertThat(archive).isNotEmptyFile();
		assertThat(this.temp.resolve("site.zip.partial")).doesNotExist();

		assertThat(BackupCommand.run(args("--dastan.backup.restore=" + archive, target))).isZero();
		long users = new JdbcTemplate(this.dataSource).queryForObject("select count(*) from user_accounts", Long.class);
		JdbcTemplate restored = new JdbcTemplate(new DriverManagerDataSource(target, "sa", ""));
		assertThat(restored.queryForObject("select count(*) from user_accounts", Long.class)).isEqualTo(users)
			.isPositive();

		assertThat(BackupCommand.run(args("--dastan.backup.restore=" + archive, target))).isOne();
		assertThat(BackupCommand.run(args("--dastan.backup.restore=" + this.temp.resolve("none.zip"), target))).isOne();
	}

	private String[] args(String command, String database) {
		return new String[] { command, "--spring.datasource.url=" + database,
				"--dastan.media-dir=" + this.temp.resolve("media-" + UUID.randomUUID()) };
	}

}
