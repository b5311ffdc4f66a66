package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.dastan.core.rate.PublishedRate;

/**
 * Reads the Central Bank of Uzbekistan's JSON archive: sums per {@code Nominal} units,
 * every value a string. Entries dated other than the USD entry are left out.
 */
public class CbuJsonParser implements RateFeedParser {

	private static final String SOURCE = "CBU";

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<PublishedRate> parse(byte[] document) throws RateFeedException {
		FeedValues.checkSize(SOURCE, document);
		JsonNode entries = read(document);
		String documentDate = null;
		for (JsonNode entry : entries) {
			if ("USD".equals(text(entry, "Ccy"))) {
				documentDate = text(entry, "Date");
			}
		}
		if (documentDate == null) {
			throw new RateFeedException(SOURCE, "the document has no USD rate");
		}
		LocalDate date = FeedValues.date(SOURCE, documentDate);
		Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
		for (JsonNode entry : entries) {
			if (documentDate.equals(text(entry, "Date"))) {
				String code = required(entry, "Ccy");
				BigDecimal rate = FeedValues.positive(SOURCE, code + " Rate", required(entry, "Rate"));
				BigDecimal nominal = FeedValues.positive(SOURCE, code + " Nominal", required(entry, "Nominal"));
				perUnit.put(code, rate.divide(nominal, FeedValues.PRECISION));
			}
		}
		return FeedValues.inUsd(SOURCE, "UZS", date, perUnit);
	}

	private JsonNode read(byte[] document) throws RateFeedException {
		JsonNode entries;
		try {
			entries = this.mapper.readTree(document);
		}
		catch (JacksonException ex) {
			throw new RateFeedException(SOURCE, "the document is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		if (entries == null || !entries.isArray()) {
			throw new RateFeedException(SOURCE, "the document is not a JSON array of rates");
		}
		return entries;
	}

	private static String text(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return (value != null && value.isValueNode()) ? value.asString().strip() : null;
	}

	private static String required(JsonNode entry, String field) throws RateFeedException {
		String value = text(entry, field);
		if (value == null || value.isEmpty()) {
			throw new RateFeedException(SOURCE, "an entry has no " + field);
		}
		return value;
	}

}
