/**
 * The tag entity, for the entities and repositories of other core features that map tags
 * (an article's section and tags); web and admin read tags through the module's finders.
 */
@NamedInterface("model")
package org.dastan.core.tag.model;

import org.springframework.modulith.NamedInterface;
