/**
 * Full-text search over public articles: the query, its ranking and snippets, and keeping
 * the index complete.
 */
package org.dastan.core.search;
