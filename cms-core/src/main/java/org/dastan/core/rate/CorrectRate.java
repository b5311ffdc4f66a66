package org.dastan.core.rate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Enter or correct the manual rate of a currency on a date: the price of one unit in the
 * ticker's base.
 *
 * @param confirmed whether the editor confirmed a value that moves more than
 * {@link RateProperties#confirmChangeAbove()} percent from the last rate
 * @param editor who asks, for the rate's record and the audit log
 */
public record CorrectRate(String currency, LocalDate date, BigDecimal value, boolean confirmed, String editor) {

}
