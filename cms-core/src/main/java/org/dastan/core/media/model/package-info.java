/**
 * The stored image as an entity, for the other features' entities that show one (an
 * article's featured image, an author's photo) to map. Only other core modules' entities
 * and services use it; the web and the admin read the module's records instead.
 */
@NamedInterface("model")
package org.dastan.core.media.model;

import org.springframework.modulith.NamedInterface;
