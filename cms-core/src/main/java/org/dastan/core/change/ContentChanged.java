package org.dastan.core.change;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Published when this node sees that content changed, on this node or another one, or
 * that a scheduled article's time has come: whatever was built from content is stale.
 *
 * @param version the content version now in the database
 */
@DomainEvent
public record ContentChanged(long version) {

}
