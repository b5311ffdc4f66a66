package org.dastan.core.rate.feed;

import java.util.List;

import org.dastan.core.rate.PublishedRate;

/**
 * Reads one bank's exchange-rate document into rates in US dollars, so that every bank's
 * numbers can be compared with the ticker's.
 */
public interface RateFeedParser {

	/**
	 * Short name of the bank the parser reads, used in error messages.
	 * @return the source name
	 */
	String source();

	/**
	 * Parses the document as published, bytes unchanged.
	 * @param document the raw bytes
	 * @return the bank's own currency and every currency the document rates, each per one
	 * unit in USD
	 * @throws RateFeedException if the document is empty, malformed, unsafe or lacks
	 * rates
	 */
	List<PublishedRate> parse(byte[] document) throws RateFeedException;

}
