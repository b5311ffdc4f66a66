/**
 * Authors: the bylines on articles, with their photos, job titles and bios. An
 * application module: this package is its API (finders that return records, commands, the
 * {@code AuthorChanged} event, and {@code AuthorUsage}, which the article feature
 * implements so that authors need not know articles); {@code model} holds the entity that
 * articles map, {@code internal} its repository.
 */
@ApplicationModule(id = "author", displayName = "Authors")
package org.dastan.core.author;

import org.springframework.modulith.ApplicationModule;
