/**
 * Pictures: their descriptions, their stored files and the resized variants public pages
 * offer. An application module: this package is its API (finders that return records,
 * commands, settings and exceptions); {@code model} holds the entity other features'
 * entities map, and its other sub-packages are its own.
 */
@ApplicationModule(id = "media", displayName = "Media library")
package org.dastan.core.media;

import org.springframework.modulith.ApplicationModule;
