/**
 * Tags and sections: how articles are grouped, and which groups the navigation shows. An
 * application module: this package is its API (finders that return records, commands,
 * events, and {@link org.dastan.core.tag.TagUsage}, which the articles' feature answers);
 * the entity that articles map is in {@code model}, the rest is its own.
 */
@ApplicationModule(id = "tag", displayName = "Tags and sections")
package org.dastan.core.tag;

import org.springframework.modulith.ApplicationModule;
