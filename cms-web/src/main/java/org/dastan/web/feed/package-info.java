/**
 * What the public site tells machines: RSS feeds, sitemaps for search engines and
 * robots.txt, all with absolute URLs.
 */
package org.dastan.web.feed;
