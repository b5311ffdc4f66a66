package org.dastan.admin.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import org.dastan.core.backup.BackupManifest;
import org.dastan.core.backup.Backups;
import org.dastan.core.backup.RestoreRefusedException;
import org.dastan.core.backup.RestoreReport;
import org.dastan.core.config.NewsroomProperties;

/**
 * The command line's backup and restore: {@code --dastan.backup.create=FILE} writes a
 * backup of the configured database and media directory to FILE (or into FILE when it is
 * a directory) and exits; {@code --dastan.backup.restore=FILE} restores one into them and
 * exits, to be started as usual afterwards, so that a restore never runs twice by a
 * command line left in place. Neither starts the site: only the database connection and
 * the settings, with no web server, search index or scheduled job, so that a backup can
 * be taken beside the running site (on PostgreSQL: an H2 file is held by the process that
 * has it open; take that one from the admin). The exit status is 0 when it worked, 1 when
 * a restore was refused (the message says why), 2 when it failed.
 */
public final class BackupCommand {

	static final String CREATE = "dastan.backup.create";

	static final String RESTORE = "dastan.backup.restore";

	private static final Logger logger = LoggerFactory.getLogger(BackupCommand.class);

	private BackupCommand() {
	}

	/** Whether the command line asks for a backup or a restore. */
	public static boolean isRequested(String[] args) {
		return Arrays.stream(args)
			.anyMatch((arg) -> arg.startsWith("--" + CREATE + "=") || arg.startsWith("--" + RESTORE + "="));
	}

	/** Takes or restores the backup the command line names; returns the exit status. */
	public static int run(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Tools.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			Environment environment = context.getEnvironment();
			Backups backups = context.getBean(Backups.class);
			String create = environment.getProperty(CREATE);
			String restore = environment.getProperty(RESTORE);
			if (create != null && restore != null) {
				logger.error("Give either --{} or --{}, not both", CREATE, RESTORE);
				return 2;
			}
			return (create != null) ? create(backups, Path.of(create)) : restore(backups, Path.of(restore));
		}
		catch (RestoreRefusedException ex) {
			logger.error("Not restored: {}", ex.getMessage());
			return 1;
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Failed: {}", ex.getMessage(), ex);
			return 2;
		}
	}

	// Written under another name and renamed once complete, so that a file with the
	// backup's name is always a whole one.
	private static int create(Backups backups, Path target) throws IOException {
		long start = System.nanoTime();
		Path file = Files.isDirectory(target) ? target.resolve(Backups.fileName(Clock.systemUTC().instant())) : target;
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		BackupManifest manifest;
		try (OutputStream out = Files.newOutputStream(partial)) {
			manifest = backups.write(out);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		logger.info("Backup written to {}: schema version {}, {} tables, {} rows, {} media files, {} bytes in {} ms",
				file.toAbsolutePath(), manifest.schemaVersion(), manifest.tables().size(), manifest.rows(),
				manifest.media().size(), Files.size(file), millis(start));
		return 0;
	}

	private static int restore(Backups backups, Path archive) throws IOException {
		long start = System.nanoTime();
		RestoreReport report = backups.restore(archive);
		logger.info(
				"Restored {}: schema version {} (now {}), {} tables, {} rows, {} media files in {} ms."
						+ " Start Dastan as usual now: it rebuilds the search index as it starts.",
				archive.toAbsolutePath(), report.archiveSchemaVersion(), report.schemaVersion(), report.tables(),
				report.rows(), report.mediaFiles(), millis(start));
		return 0;
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * What the command line needs: the database as {@code spring.datasource.*} configures
	 * it, and the newsroom's settings for the media directory. Not a
	 * {@code @Configuration}, so that the site's component scan leaves it alone.
	 */
	@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
	@EnableConfigurationProperties(NewsroomProperties.class)
	static class Tools {

		@Bean
		Backups backups(DataSource dataSource, NewsroomProperties properties) {
			return new Backups(dataSource, properties, Clock.systemUTC());
		}

	}

}
