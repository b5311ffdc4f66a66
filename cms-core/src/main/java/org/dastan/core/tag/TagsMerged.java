package org.dastan.core.tag;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * One tag was merged into another: the source's articles and addresses now belong to the
 * target, and the source is gone.
 *
 * @param sourceId the tag merged away
 * @param targetId the tag that remains
 */
@DomainEvent
public record TagsMerged(long sourceId, long targetId) {

}
