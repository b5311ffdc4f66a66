/**
 * Backup and restore: the whole site (every table of content, accounts and settings, and
 * the media files) as one archive with a manifest, taken while the site runs and restored
 * into an empty install of the same or a newer version, on H2 or PostgreSQL. An
 * application module: this package is its API ({@link org.dastan.core.backup.Backups} and
 * its records).
 */
@ApplicationModule(id = "backup", displayName = "Backup and restore")
package org.dastan.core.backup;

import org.springframework.modulith.ApplicationModule;
