/**
 * Serves stored images to readers, with long-lived caching since their names never
 * change.
 */
package org.dastan.web.media;
