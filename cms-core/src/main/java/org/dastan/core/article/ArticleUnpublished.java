package org.dastan.core.article;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A public article left the site: unpublished, archived or deleted.
 *
 * @param article where it showed until now
 */
@DomainEvent
public record ArticleUnpublished(ArticleRefs article) {

}
