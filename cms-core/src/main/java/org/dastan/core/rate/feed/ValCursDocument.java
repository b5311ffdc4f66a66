package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

import org.dastan.core.rate.PublishedRate;

/**
 * The {@code ValCurs/Valute} layout that the Bank of Russia and the National Bank of
 * Tajikistan share: the bank's currency per {@code Nominal} units in {@code Value}, or
 * per one unit in {@code VunitRate} where the bank gives it.
 */
final class ValCursDocument {

	private ValCursDocument() {
	}

	static List<PublishedRate> parse(String source, String bankCurrency, DateTimeFormatter dateFormat, byte[] document)
			throws RateFeedException {
		Element root = SafeXml.root(source, document, "ValCurs");
		LocalDate date = FeedValues.date(source, root.getAttribute("Date"), dateFormat);
		Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
		for (Element valute : SafeXml.children(root, "Valute")) {
			String code = SafeXml.required(source, valute, "CharCode");
			BigDecimal value = FeedValues.positive(source, code + " Value", SafeXml.required(source, valute, "Value"));
			BigDecimal nominal = FeedValues.positive(source, code + " Nominal",
					SafeXml.required(source, valute, "Nominal"));
			perUnit.put(code, value.divide(nominal, FeedValues.PRECISION));
		}
		return FeedValues.inUsd(source, bankCurrency, date, perUnit);
	}

}
