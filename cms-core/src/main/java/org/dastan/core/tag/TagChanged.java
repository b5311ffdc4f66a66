package org.dastan.core.tag;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A tag was created, edited, moved in the masthead or deleted.
 *
 * @param tagId the tag
 * @param renamed whether its name or slug changed, which the articles carrying it show
 * @param navigation whether the masthead changed
 */
@DomainEvent
public record TagChanged(long tagId, boolean renamed, boolean navigation) {

}
