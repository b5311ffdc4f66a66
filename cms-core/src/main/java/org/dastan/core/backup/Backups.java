package org.dastan.core.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.dastan.core.config.NewsroomProperties;

/**
 * Takes a backup of the site into one zip archive, and restores one into an empty
 * install. The archive holds every table of the application's schema, found through the
 * database's metadata (so tables added later come along), and the media files; staff
 * accounts with their password hashes and two-factor secrets among them, so it must be
 * kept as safely as the database. See {@link BackupManifest} for what it says of itself.
 */
@Component
public class Backups {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final ArchiveWriter writer;

	private final ArchiveRestorer restorer;

	private final Clock clock;

	public Backups(DataSource dataSource, NewsroomProperties properties, Clock clock) {
		// A manifest from a later Dastan may say more than this one reads.
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		Path mediaDir = Path.of(properties.mediaDir()).toAbsolutePath().normalize();
		this.writer = new ArchiveWriter(dataSource, mediaDir, json);
		this.restorer = new ArchiveRestorer(dataSource, mediaDir, json);
		this.clock = clock;
	}

	/**
	 * Writes a backup of the site as it is now to the stream, which stays open, while the
	 * site goes on serving and saving.
	 */
	public BackupManifest write(OutputStream out) throws IOException {
		return this.writer.write(out, this.clock.instant());
	}

	/**
	 * Restores the archive into this install's database, which must hold no row, and its
	 * media directory; the schema ends at this Dastan's version, and the next start
	 * rebuilds the search index.
	 * @throws RestoreRefusedException when the archive or the database is not fit for it
	 */
	public RestoreReport restore(Path archive) throws IOException {
		return this.restorer.restore(archive, this.clock.instant());
	}

	/** A file name for a backup taken at that time. */
	public static String fileName(Instant takenAt) {
		return "dastan-backup-" + FILE_TIME.format(takenAt) + ".zip";
	}

}
