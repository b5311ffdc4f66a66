/**
 * The sidebar: widgets editors place, order and switch on or off, and what each shows on
 * a page. An application module: this package is its API (finders that return records,
 * commands and events); its sub-packages are its own.
 */
@ApplicationModule(id = "sidebar", displayName = "Sidebar")
package org.dastan.core.sidebar;

import org.springframework.modulith.ApplicationModule;
