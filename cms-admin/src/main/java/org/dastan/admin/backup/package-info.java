/**
 * Backups in the admin and on the command line: admins download one archive of the whole
 * site; {@code --dastan.backup.create} and {@code --dastan.backup.restore} take and
 * restore one without starting the site.
 */
package org.dastan.admin.backup;
