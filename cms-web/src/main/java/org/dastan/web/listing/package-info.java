/**
 * Listing pages: a section's, a tag's and an author's articles, paginated.
 */
package org.dastan.web.listing;
