package org.dastan.web.rate;

import java.util.List;

import org.dastan.core.rate.RateHistory.CurrencyHistory;
import org.dastan.core.rate.RateHistory.RatePoint;

/**
 * The rates page's figures as CSV (RFC 4180): one row per currency and rate date. Text
 * that a spreadsheet would take for a formula is neutralised.
 */
final class RatesCsv {

	private RatesCsv() {
	}

	static String of(List<CurrencyHistory> currencies) {
		StringBuilder csv = new StringBuilder("date,currency,name,base,value\r\n");
		for (CurrencyHistory currency : currencies) {
			for (RatePoint point : currency.points()) {
				csv.append(point.date())
					.append(',')
					.append(cell(currency.code()))
					.append(',')
					.append(cell(currency.name()))
					.append(',')
					.append(cell(currency.latest().base()))
					.append(',')
					.append(point.value().toPlainString())
					.append("\r\n");
			}
		}
		return csv.toString();
	}

	/**
	 * Quotes a text cell when it needs it, and puts an apostrophe before a leading
	 * {@code = + - @}, tab or carriage return so that no spreadsheet runs it as a
	 * formula.
	 */
	static String cell(String text) {
		String value = (text == null) ? "" : text;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			value = "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
