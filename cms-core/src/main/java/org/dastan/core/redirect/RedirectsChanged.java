package org.dastan.core.redirect;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Redirects were added, changed or deleted (by an admin, an import or a slug change):
 * every node drops the map it keeps of them.
 */
@DomainEvent
public record RedirectsChanged() {

}
