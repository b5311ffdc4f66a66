package org.dastan.core.rate;

/**
 * A currency the newsroom follows, as the admin lists it.
 *
 * @param position its place in the ticker, from 1
 */
public record CurrencyView(String code, String name, boolean shownInTicker, int position) {

}
