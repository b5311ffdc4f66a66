package org.dastan.core.backup;

import java.util.Map;

/**
 * What an archive holds, written into it as {@code manifest.json}: enough to refuse an
 * archive this install cannot restore, and to check that nothing in it went missing or
 * changed.
 *
 * @param format the layout of the archive, {@value #FORMAT} so far
 * @param dastanVersion the version of Dastan that took it
 * @param schemaVersion the latest Flyway migration applied to the database it came from
 * @param createdAt when it was taken, ISO 8601 in UTC
 * @param tables each table's name and its number of rows
 * @param media each media file's path and the SHA-256 of its content, in hex
 */
public record BackupManifest(int format, String dastanVersion, String schemaVersion, String createdAt,
		Map<String, Long> tables, Map<String, String> media) {

	public static final int FORMAT = 1;

	public long rows() {
		return this.tables.values().stream().mapToLong(Long::longValue).sum();
	}

}
