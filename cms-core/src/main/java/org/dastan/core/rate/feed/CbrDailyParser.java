package org.dastan.core.rate.feed;

import java.util.List;

import org.dastan.core.rate.PublishedRate;

/**
 * Reads the Bank of Russia's {@code XML_daily.asp}: roubles per {@code Nominal} units,
 * comma decimals, with or without the per-unit {@code VunitRate} the feed gained in 2023
 * (the parser divides {@code Value} by {@code Nominal}, which both layouts carry).
 */
public class CbrDailyParser implements RateFeedParser {

	private static final String SOURCE = "CBR";

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<PublishedRate> parse(byte[] document) throws RateFeedException {
		return ValCursDocument.parse(SOURCE, "RUB", FeedValues.DAY_MONTH_YEAR, document);
	}

}
