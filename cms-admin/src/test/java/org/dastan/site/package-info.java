/**
 * The public site served whole, as readers' apps and search engines fetch it: feeds,
 * sitemaps, robots.txt and HTTP caching.
 */
package org.dastan.site;
