/**
 * The article entity, for other features' entities, queries and search index that map to
 * it; the web and the admin read articles through the module's records instead.
 */
@NamedInterface("model")
package org.dastan.core.article.model;

import org.springframework.modulith.NamedInterface;
