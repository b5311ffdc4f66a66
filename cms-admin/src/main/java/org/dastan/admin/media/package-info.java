/**
 * The media library in the admin: uploading pictures, describing them, finding them again
 * and deleting those no page shows.
 */
package org.dastan.admin.media;
