/**
 * Keeping what was built from content (read models, rendered pages) until a change
 * touches what it shows: readers name what they read as {@link ContentKey}s, and the
 * change module drops by those keys on every node. Shared by every feature, and depends
 * on none.
 */
package org.dastan.core.cache;
