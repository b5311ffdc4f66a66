package org.dastan.core.rate.importing;

import java.time.LocalDate;

/**
 * What storing one document's rates did: how many rates it held and how many of the
 * followed currencies' rates were new, revised by the bank, or already stored.
 */
public record StoredRates(LocalDate rateDate, int parsed, int added, int updated, int unchanged) {

}
