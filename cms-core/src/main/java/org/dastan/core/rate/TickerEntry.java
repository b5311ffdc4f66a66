package org.dastan.core.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One currency in the ticker: its latest value in the base currency and the change
 * against the previous rate date.
 *
 * @param previousValue the value on the previous rate date, or {@code null} when there is
 * none
 * @param stale whether the rate is older than the settings allow to show as today's
 */
public record TickerEntry(String currency, String base, LocalDate rateDate, BigDecimal value, BigDecimal previousValue,
		boolean stale) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Which way the rate moved, judged on the change as shown (so a change that rounds to
	 * 0% is flat).
	 */
	public enum Direction {

		UP, DOWN, FLAT

	}

	/** The value with five decimals, as {@code 0.00196}. */
	public String formattedValue() {
		return this.value.setScale(5, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * The change in percent, rounded to two decimals; zero when there is no previous
	 * value.
	 */
	public BigDecimal changePercent() {
		if (this.previousValue == null || this.previousValue.signum() == 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal change = this.value.subtract(this.previousValue)
			.multiply(HUNDRED)
			.divide(this.previousValue, 2, RoundingMode.HALF_UP);
		return (change.signum() == 0) ? BigDecimal.ZERO : change.stripTrailingZeros();
	}

	/**
	 * The change as shown: {@code +0.25%}, {@code -0.37%} or {@code 0%}, never
	 * {@code -0%}.
	 */
	public String formattedChange() {
		BigDecimal change = changePercent();
		String sign = (change.signum() > 0) ? "+" : "";
		return sign + change.toPlainString() + "%";
	}

	public Direction direction() {
		return switch (changePercent().signum()) {
			case 1 -> Direction.UP;
			case -1 -> Direction.DOWN;
			default -> Direction.FLAT;
		};
	}

}
