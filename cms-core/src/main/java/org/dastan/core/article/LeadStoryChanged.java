package org.dastan.core.article;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An editor put an article on top of the front page or took it off.
 *
 * @param articleId the article pinned or let go
 * @param lead whether it now leads
 */
@DomainEvent
public record LeadStoryChanged(long articleId, boolean lead) {

}
