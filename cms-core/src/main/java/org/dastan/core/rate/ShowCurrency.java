package org.dastan.core.rate;

/**
 * Show a currency in the ticker, or hide it there; its rates are imported either way.
 */
public record ShowCurrency(String code, boolean shown) {

}
