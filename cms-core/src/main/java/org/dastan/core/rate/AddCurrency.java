package org.dastan.core.rate;

/**
 * Follow a new currency, last in the ticker.
 *
 * @param code its ISO 4217 code, in any case and with spaces around
 */
public record AddCurrency(String code, String name, boolean shownInTicker) {

}
