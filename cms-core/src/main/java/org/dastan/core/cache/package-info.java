/**
 * Keeping what was built from content (read models, rendered pages) until content
 * changes: the caches are emptied together when the change module announces a change.
 * Shared by every feature, and depends on none.
 */
package org.dastan.core.cache;
