/**
 * WordPress import: reads a WordPress export (WXR) as a stream and carries its posts,
 * pages, authors, categories, tags, images and old addresses into the other features
 * through their APIs, updating on a second run what the first one made. An application
 * module: this package is its API; {@code internal} is its own.
 */
@ApplicationModule(id = "wxr", displayName = "WordPress import")
package org.dastan.core.wxr;

import org.springframework.modulith.ApplicationModule;
