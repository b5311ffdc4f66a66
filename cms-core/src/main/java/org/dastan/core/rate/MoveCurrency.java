package org.dastan.core.rate;

/**
 * Move a currency in the ticker's order.
 *
 * @param step how many places: negative earlier, positive later
 */
public record MoveCurrency(String code, int step) {

	public static MoveCurrency up(String code) {
		return new MoveCurrency(code, -1);
	}

	public static MoveCurrency down(String code) {
		return new MoveCurrency(code, 1);
	}

}
