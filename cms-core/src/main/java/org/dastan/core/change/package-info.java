/**
 * Knowing what changed: the features' events are written to a change log with the keys of
 * what they touched, once per transaction; each node reads the log and drops from its
 * caches only what those keys name, so pages follow edits made on any node. An
 * application module: this package is its API ({@link ContentChanges} and the
 * {@link ContentChanged} it announces); its sub-packages are its own.
 */
@ApplicationModule(id = "change", displayName = "Content changes")
package org.dastan.core.change;

import org.springframework.modulith.ApplicationModule;
