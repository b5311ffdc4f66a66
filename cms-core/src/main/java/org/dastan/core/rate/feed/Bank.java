package org.dastan.core.rate.feed;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The central banks whose feeds the CMS reads: each bank's own currency, the address it
 * publishes its rates at, and the parser of its format. The name is the source stored
 * with each rate.
 */
public enum Bank {

	CBR("RUB", "https://www.cbr.ru/scripts/XML_daily.asp", CbrDailyParser::new),

	NBK("KZT", "https://nationalbank.kz/rss/rates_all.xml", NbkRatesParser::new),

	NBKR("KGS", "https://www.nbkr.kg/XML/daily.xml", NbkrDailyParser::new),

	CBU("UZS", "https://cbu.uz/en/arkhiv-kursov-valyut/json/", CbuJsonParser::new),

	// The bank answers for one day at a time; {date} becomes today's date (yyyy-mm-dd).
	NBT("TJS", "https://nbt.tj/en/kurs/export_xml.php?date={date}&export=xmlout", NbtXmlParser::new);

	private final String currency;

	private final String defaultUrl;

	private final Supplier<RateFeedParser> parser;

	Bank(String currency, String defaultUrl, Supplier<RateFeedParser> parser) {
		this.currency = currency;
		this.defaultUrl = defaultUrl;
		this.parser = parser;
	}

	/** The currency the bank issues, e.g. KZT for the National Bank of Kazakhstan. */
	public String currency() {
		return this.currency;
	}

	public String defaultUrl() {
		return this.defaultUrl;
	}

	public RateFeedParser parser() {
		return this.parser.get();
	}

	/** The bank that issues a currency, if the CMS reads its feed. */
	public static Optional<Bank> issuing(String currency) {
		return Arrays.stream(values()).filter((bank) -> bank.currency.equals(currency)).findFirst();
	}

}
