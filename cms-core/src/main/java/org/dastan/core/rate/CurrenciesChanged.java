package org.dastan.core.rate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A currency was added, shown, hidden or moved: the ticker's currencies or their order
 * changed.
 */
@DomainEvent
public record CurrenciesChanged(String currency) {

}
