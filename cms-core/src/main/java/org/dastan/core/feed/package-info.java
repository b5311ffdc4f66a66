/**
 * What feeds and sitemaps list: public articles and the pages that gather them, read as
 * light projections.
 */
package org.dastan.core.feed;
