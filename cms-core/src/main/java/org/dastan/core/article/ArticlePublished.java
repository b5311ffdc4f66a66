package org.dastan.core.article;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An article became public: published now, or its scheduled time came.
 *
 * @param article where it shows from now on
 */
@DomainEvent
public record ArticlePublished(ArticleRefs article) {

}
