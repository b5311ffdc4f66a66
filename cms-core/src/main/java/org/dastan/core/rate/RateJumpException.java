package org.dastan.core.rate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.rate.internal.Rate;

/**
 * A rate typed by hand that moves more than the settings allow from the last rate of its
 * currency, such as a tenge typed per dollar (508.2) where the price of one tenge in
 * dollars (0.00197) belongs. It is saved only when the editor confirms it.
 *
 * <p>
 * The message's arguments are the change in percent (without sign), the last value, its
 * date, the currency, the value typed and its inverse.
 */
public class RateJumpException extends RejectedEditException {

	private final transient BigDecimal percent;

	private final transient BigDecimal lastValue;

	private final LocalDate lastDate;

	private final String currency;

	private final transient BigDecimal value;

	RateJumpException(String currency, BigDecimal value, Rate last, BigDecimal percent) {
		super("value", (percent.signum() > 0) ? "rule.rate.jump.up" : "rule.rate.jump.down", percent.abs(),
				last.getValue(), last.getRateDate(), currency, value, inverse(value));
		this.percent = percent;
		this.lastValue = last.getValue();
		this.lastDate = last.getRateDate();
		this.currency = currency;
		this.value = value;
	}

	/** The change in percent from the last rate: positive up, negative down. */
	public BigDecimal percent() {
		return this.percent;
	}

	public BigDecimal lastValue() {
		return this.lastValue;
	}

	public LocalDate lastDate() {
		return this.lastDate;
	}

	public String currency() {
		return this.currency;
	}

	public BigDecimal value() {
		return this.value;
	}

	/**
	 * One divided by the value typed, to three significant digits: 1 / 508.2 = 0.00197.
	 */
	public BigDecimal inverse() {
		return inverse(this.value);
	}

	private static BigDecimal inverse(BigDecimal value) {
		return BigDecimal.ONE.divide(value, new MathContext(3, RoundingMode.HALF_UP));
	}

}
