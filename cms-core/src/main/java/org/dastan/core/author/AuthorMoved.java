package org.dastan.core.author;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An author's page moved to a new slug; links to the old one are sent on by the redirects
 * this feeds (authors keep no former slugs of their own).
 *
 * @param authorId the author
 * @param formerSlug the slug given up
 * @param slug the slug now
 */
@DomainEvent
public record AuthorMoved(long authorId, String formerSlug, String slug) {

}
