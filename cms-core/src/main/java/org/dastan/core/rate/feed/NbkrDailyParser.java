package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

import org.dastan.core.rate.PublishedRate;

/**
 * Reads the National Bank of the Kyrgyz Republic's {@code daily.xml}: soms per
 * {@code Nominal} units, comma decimals.
 */
public class NbkrDailyParser implements RateFeedParser {

	private static final String SOURCE = "NBKR";

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<PublishedRate> parse(byte[] document) throws RateFeedException {
		Element root = SafeXml.root(SOURCE, document, "CurrencyRates");
		LocalDate date = FeedValues.date(SOURCE, root.getAttribute("Date"));
		Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
		for (Element currency : SafeXml.children(root, "Currency")) {
			String code = currency.getAttribute("ISOCode").strip();
			if (code.isEmpty()) {
				throw new RateFeedException(SOURCE, "a <Currency> has no ISOCode");
			}
			BigDecimal value = FeedValues.positive(SOURCE, code + " Value",
					SafeXml.required(SOURCE, currency, "Value"));
			BigDecimal nominal = FeedValues.positive(SOURCE, code + " Nominal",
					SafeXml.required(SOURCE, currency, "Nominal"));
			perUnit.put(code, value.divide(nominal, FeedValues.PRECISION));
		}
		return FeedValues.inUsd(SOURCE, "KGS", date, perUnit);
	}

}
