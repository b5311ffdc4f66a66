package org.dastan.core.rate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored rate as the admin's history lists it: a bank's, or an editor's manual one.
 *
 * @param source the bank ({@code NBK}, {@code CBR}, ...) or {@code MANUAL}
 * @param manual whether an editor entered it by hand
 * @param correctedBy the editor who entered a manual rate last, or {@code null}
 */
public record RateEntry(String currency, String base, LocalDate rateDate, BigDecimal value, String source,
		boolean manual, Instant fetchedAt, String correctedBy, Instant correctedAt) {

}
