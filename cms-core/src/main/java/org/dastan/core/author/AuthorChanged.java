package org.dastan.core.author;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An author was created, edited or deleted.
 *
 * @param authorId the author
 * @param renamed whether the name or slug changed, which every byline shows
 */
@DomainEvent
public record AuthorChanged(long authorId, boolean renamed) {

}
