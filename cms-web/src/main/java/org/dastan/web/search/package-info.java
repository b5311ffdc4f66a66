/**
 * The search page: a reader's query, the matching articles with snippets, a page at a
 * time.
 */
package org.dastan.web.search;
