package org.dastan.core.rate.internal;

import java.util.Comparator;

import org.dastan.core.rate.feed.Bank;

/**
 * Which of several rates of one currency and date the ticker and the rates page show: an
 * editor's manual rate first, then the rate of the bank that issues the currency (the
 * National Bank of Kazakhstan for the tenge), then any other source, the latest fetched
 * first.
 */
public final class RatePrecedence {

	/** Newest date first; within a date, the rate that wins first. */
	public static final Comparator<Rate> NEWEST_FIRST = Comparator.comparing(Rate::getRateDate)
		.reversed()
		.thenComparingInt(RatePrecedence::rank)
		.thenComparing(Rate::getFetchedAt, Comparator.reverseOrder());

	private RatePrecedence() {
	}

	private static int rank(Rate rate) {
		if (rate.isManual()) {
			return 0;
		}
		boolean issuer = Bank.issuing(rate.getCurrency())
			.map((bank) -> bank.name().equals(rate.getSource()))
			.orElse(false);
		return issuer ? 1 : 2;
	}

}
