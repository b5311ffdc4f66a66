/**
 * Full-text search over public articles: the query, its ranking and snippets, and keeping
 * the index complete. An application module: this package is its API.
 */
@ApplicationModule(id = "search", displayName = "Search")
package org.dastan.core.search;

import org.springframework.modulith.ApplicationModule;
