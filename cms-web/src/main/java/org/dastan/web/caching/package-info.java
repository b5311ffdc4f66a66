/**
 * HTTP caching of public pages: ETags and 304 answers for pages, feeds and sitemaps.
 */
package org.dastan.web.caching;
