/**
 * Knowing when content changed: the features' events bump a version number once per
 * transaction, each node polls it, and every cache on every node follows edits made on
 * any of them. An application module: this package is its API ({@link ContentVersion} and
 * the {@link ContentChanged} it announces); its sub-packages are its own.
 */
@ApplicationModule(id = "change", displayName = "Content changes")
package org.dastan.core.change;

import org.springframework.modulith.ApplicationModule;
