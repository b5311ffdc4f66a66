/**
 * The queries behind feeds and sitemaps: internal to the feed module.
 */
package org.dastan.core.feed.internal;
