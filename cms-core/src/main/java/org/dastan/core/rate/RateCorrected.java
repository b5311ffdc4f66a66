package org.dastan.core.rate;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An editor entered or corrected a rate by hand ({@link CorrectRate}); the audit log
 * records it with the value the ticker showed for that date before.
 *
 * @param oldValue the rate of the date that took precedence before, or {@code null} when
 * the date had none
 */
@DomainEvent
public record RateCorrected(String currency, String base, LocalDate date, BigDecimal oldValue, BigDecimal newValue,
		String editor) {

	/** As the audit log shows it: {@code KZT/USD on 2026-12-02}. */
	public String target() {
		return this.currency + "/" + this.base + " on " + this.date;
	}

	/**
	 * As the audit log shows it: {@code 0.00196 -> 0.00197}, or {@code none -> 0.00197}.
	 */
	public String change() {
		return plain(this.oldValue) + " -> " + plain(this.newValue);
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "none";
	}

}
