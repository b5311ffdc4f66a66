package org.dastan.core.rate;

import java.time.LocalDate;
import java.util.Set;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A source's rates were stored and some of them were new or revised: the ticker, the
 * rates page and the rates widget may show other values now. An import that found only
 * what was stored already announces nothing.
 *
 * @param source the bank ({@code NBK}, ...) or another source such as the demo's
 * @param currencies the currencies whose rates were added or revised
 * @param dates the rate dates that were added or revised
 */
@DomainEvent
public record RatesImported(String source, Set<String> currencies, Set<LocalDate> dates) {

	public RatesImported {
		currencies = Set.copyOf(currencies);
		dates = Set.copyOf(dates);
	}

}
