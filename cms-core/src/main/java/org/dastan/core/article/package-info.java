/**
 * Articles: their content, status and publication rules, the events they publish, and the
 * read models public pages are built from. An application module: this package is its
 * API; {@code desk} and {@code revision} are the staff's two doors, {@code model} the
 * entity other features' entities and indexes map to, and the rest is its own.
 */
@ApplicationModule(id = "article", displayName = "Articles")
package org.dastan.core.article;

import org.springframework.modulith.ApplicationModule;
