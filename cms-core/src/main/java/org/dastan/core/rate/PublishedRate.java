package org.dastan.core.rate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The price of one unit of {@code currency} in {@code base} on {@code rateDate}, as a
 * source published it; e.g. KZT/USD = 0.00196 means one tenge costs 0.00196 dollars.
 */
public record PublishedRate(String currency, String base, LocalDate rateDate, BigDecimal value) {

}
