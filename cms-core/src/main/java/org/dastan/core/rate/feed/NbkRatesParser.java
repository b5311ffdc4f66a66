package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

import org.dastan.core.rate.PublishedRate;

/**
 * Reads the National Bank of Kazakhstan's rates, tenge per {@code quant} units, in both
 * of its layouts: the RSS {@code rates_all.xml} and the {@code get_rates.cfm} document.
 * The RSS has no date of its own, so the USD item's {@code pubDate} is the document's
 * date, and discontinued currencies that keep an older {@code pubDate} are left out.
 */
public class NbkRatesParser implements RateFeedParser {

	private static final String SOURCE = "NBK";

	// The bank has written pubDate with two-digit years (18.04.16) and with four
	// (03.04.2026); a two-digit year is of this century.
	private static final DateTimeFormatter RSS_DATE = new DateTimeFormatterBuilder().appendPattern("dd.MM.")
		.optionalStart()
		.appendValue(ChronoField.YEAR, 4)
		.optionalEnd()
		.optionalStart()
		.appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
		.optionalEnd()
		.toFormatter()
		.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<PublishedRate> parse(byte[] document) throws RateFeedException {
		Element root = SafeXml.root(SOURCE, document, "rss", "rates");
		return root.getTagName().equals("rss") ? rss(root) : rates(root);
	}

	private static List<PublishedRate> rates(Element root) throws RateFeedException {
		LocalDate date = FeedValues.date(SOURCE, SafeXml.text(root, "date"));
		Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
		for (Element item : SafeXml.children(root, "item")) {
			putItem(perUnit, item);
		}
		return FeedValues.inUsd(SOURCE, "KZT", date, perUnit);
	}

	private static List<PublishedRate> rss(Element root) throws RateFeedException {
		Map<String, String> pubDates = new LinkedHashMap<>();
		for (Element item : SafeXml.children(root, "item")) {
			pubDates.put(SafeXml.required(SOURCE, item, "title"), SafeXml.required(SOURCE, item, "pubDate"));
		}
		String documentDate = pubDates.get("USD");
		if (documentDate == null) {
			throw new RateFeedException(SOURCE, "the document has no USD rate");
		}
		LocalDate date = FeedValues.date(SOURCE, documentDate, RSS_DATE);
		Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
		for (Element item : SafeXml.children(root, "item")) {
			if (documentDate.equals(SafeXml.text(item, "pubDate"))) {
				putItem(perUnit, item);
			}
		}
		return FeedValues.inUsd(SOURCE, "KZT", date, perUnit);
	}

	private static void putItem(Map<String, BigDecimal> perUnit, Element item) throws RateFeedException {
		String code = SafeXml.required(SOURCE, item, "title");
		BigDecimal value = FeedValues.positive(SOURCE, code + " description",
				SafeXml.required(SOURCE, item, "description"));
		BigDecimal quant = FeedValues.positive(SOURCE, code + " quant", SafeXml.required(SOURCE, item, "quant"));
		perUnit.put(code, value.divide(quant, FeedValues.PRECISION));
	}

}
