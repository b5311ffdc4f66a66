package org.dastan.core.media;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An image's description or focal point changed, or it was deleted: the pages that show
 * it change with it.
 *
 * @param mediaId the image
 */
@DomainEvent
public record MediaChanged(long mediaId) {

}
