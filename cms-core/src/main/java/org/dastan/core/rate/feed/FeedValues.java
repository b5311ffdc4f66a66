package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dastan.core.rate.PublishedRate;

/**
 * Checks and converts the values the parsers read: numbers, dates and the conversion of a
 * bank's rates into US dollars.
 */
final class FeedValues {

	static final MathContext PRECISION = new MathContext(12);

	static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

	private static final Pattern NUMBER = Pattern.compile("\\d{1,15}([.,]\\d{1,15})?");

	static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd.MM.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private FeedValues() {
	}

	static void checkSize(String source, byte[] document) throws RateFeedException {
		if (document == null || document.length == 0) {
			throw new RateFeedException(source, "the document is empty");
		}
		if (document.length > MAX_DOCUMENT_BYTES) {
			throw new RateFeedException(source,
					"the document has " + document.length + " bytes, more than the limit of " + MAX_DOCUMENT_BYTES);
		}
	}

	/** A positive decimal, with a dot or a comma as the decimal separator. */
	static BigDecimal positive(String source, String what, String text) throws RateFeedException {
		if (text == null || !NUMBER.matcher(text.strip()).matches()) {
			throw new RateFeedException(source, what + " is not a number: '" + text + "'");
		}
		BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
		if (value.signum() <= 0) {
			throw new RateFeedException(source, what + " is not positive: '" + text + "'");
		}
		return value;
	}

	static LocalDate date(String source, String text, DateTimeFormatter format) throws RateFeedException {
		if (text == null) {
			throw new RateFeedException(source, "the document has no date");
		}
		try {
			return LocalDate.parse(text.strip(), format);
		}
		catch (DateTimeParseException ex) {
			throw new RateFeedException(source, "the date is not valid: '" + text + "'", ex);
		}
	}

	static LocalDate date(String source, String text) throws RateFeedException {
		return date(source, text, DAY_MONTH_YEAR);
	}

	/**
	 * Converts rates in the bank's currency per one unit into USD per one unit, adding
	 * the bank's own currency.
	 */
	static List<PublishedRate> inUsd(String source, String bankCurrency, LocalDate date,
			Map<String, BigDecimal> perUnit) throws RateFeedException {
		BigDecimal usd = perUnit.get("USD");
		if (usd == null) {
			throw new RateFeedException(source, "the document has no USD rate");
		}
		List<PublishedRate> rates = new ArrayList<>();
		rates.add(new PublishedRate(bankCurrency, "USD", date, BigDecimal.ONE.divide(usd, PRECISION)));
		perUnit.forEach((currency, value) -> {
			if (!currency.equals("USD") && !currency.equals(bankCurrency)) {
				rates.add(new PublishedRate(currency, "USD", date, value.divide(usd, PRECISION)));
			}
		});
		return List.copyOf(rates);
	}

}
