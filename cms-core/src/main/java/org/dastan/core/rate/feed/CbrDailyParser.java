package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Reads the Bank of Russia's {@code XML_daily.asp}: roubles per {@code Nominal} units,
 * with or without the per-unit {@code VunitRate} the feed gained in 2023.
 */
public class CbrDailyParser implements RateFeedParser {

	private static final String SOURCE = "CBR";

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<ParsedRate> parse(byte[] document) throws RateFeedException {
		Element root = SafeXml.root(SOURCE, document, "ValCurs");
		LocalDate date = FeedValues.date(SOURCE, root.getAttribute("Date"));
		Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
		for (Element valute : SafeXml.children(root, "Valute")) {
			String code = SafeXml.required(SOURCE, valute, "CharCode");
			perUnit.put(code, perUnit(code, valute));
		}
		return FeedValues.inUsd(SOURCE, "RUB", date, perUnit);
	}

	private static BigDecimal perUnit(String code, Element valute) throws RateFeedException {
		BigDecimal value = FeedValues.positive(SOURCE, code + " Value", SafeXml.required(SOURCE, valute, "Value"));
		BigDecimal nominal = FeedValues.positive(SOURCE, code + " Nominal",
				SafeXml.required(SOURCE, valute, "Nominal"));
		return value.divide(nominal, FeedValues.PRECISION);
	}

}
