package org.dastan.core.backup;

/**
 * What a restore brought back.
 *
 * @param archiveSchemaVersion the schema version the archive was taken at
 * @param schemaVersion the schema version the database is at now, after migrating
 * @param tables how many tables were filled
 * @param rows how many rows in all
 * @param mediaFiles how many media files were written
 */
public record RestoreReport(String archiveSchemaVersion, String schemaVersion, int tables, long rows, int mediaFiles) {

}
