package org.dastan.core.rate.feed;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;

import org.dastan.core.rate.PublishedRate;

/**
 * Reads the National Bank of Tajikistan's {@code export_xml.php}: somoni per
 * {@code Nominal} units, dot decimals, the date as {@code yyyy-mm-dd}.
 */
public class NbtXmlParser implements RateFeedParser {

	private static final String SOURCE = "NBT";

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<PublishedRate> parse(byte[] document) throws RateFeedException {
		return ValCursDocument.parse(SOURCE, "TJS", ISO_DATE, document);
	}

}
