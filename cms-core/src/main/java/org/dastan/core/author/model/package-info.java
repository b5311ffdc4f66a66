/**
 * The author entity, for the other features' entities that map it (an article's byline).
 * Only core modules' entities and repositories use it; the web and the admin read the
 * author module's records.
 */
@NamedInterface("model")
package org.dastan.core.author.model;

import org.springframework.modulith.NamedInterface;
