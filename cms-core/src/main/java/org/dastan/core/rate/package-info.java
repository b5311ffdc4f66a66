/**
 * Exchange rates and the currencies the ticker shows, with the change against the
 * previous rate date. An application module: this package is its API (finders that return
 * records, commands, events and settings); its sub-packages are its own.
 */
@ApplicationModule(id = "rate", displayName = "Rates")
package org.dastan.core.rate;

import org.springframework.modulith.ApplicationModule;
