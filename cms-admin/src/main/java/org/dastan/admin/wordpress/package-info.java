/**
 * The admin's WordPress import: an export uploaded with the old site's address, imported
 * in the background while a progress bar shows how far it is, then its report; and the
 * same import from the command line for large sites. For admins.
 */
package org.dastan.admin.wordpress;
