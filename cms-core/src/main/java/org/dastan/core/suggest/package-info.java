/**
 * Suggested Articles: the links editors pick for an article, and the related articles
 * that fill up the block. An application module: this package is its API (finders that
 * return records, commands, events and settings); its sub-package is its own.
 */
@ApplicationModule(id = "suggest", displayName = "Suggested Articles")
package org.dastan.core.suggest;

import org.springframework.modulith.ApplicationModule;
