package org.dastan.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dastan.core.rate.AddCurrency;
import org.dastan.core.rate.PublishedRate;

/**
 * Plausible demo exchange rates: a gentle random walk around real-looking values, one
 * rate a day per currency.
 */
final class DemoRates {

	static final String SOURCE = "DEMO";

	private record Walk(String code, String name, double startValue, double dailyVolatility) {
	}

	// Dollars per one unit of each currency, roughly as in 2026; the manat is pegged, so
	// it does not move.
	private static final List<Walk> WALKS = List.of(new Walk("KGS", "Kyrgyz som", 0.01144, 0.0015),
			new Walk("KZT", "Kazakh tenge", 0.00196, 0.003), new Walk("TJS", "Tajik somoni", 0.10769, 0.002),
			new Walk("UZS", "Uzbek sum", 0.0000795, 0.001), new Walk("TMT", "Turkmen manat", 0.28571, 0));

	private DemoRates() {
	}

	/** The currencies in ticker order, all shown. */
	static List<AddCurrency> currencies() {
		return WALKS.stream().map((walk) -> new AddCurrency(walk.code(), walk.name(), true)).toList();
	}

	static List<PublishedRate> lastDays(LocalDate today, int days, String base) {
		Random random = new Random(2026);
		List<PublishedRate> rates = new ArrayList<>();
		for (Walk walk : WALKS) {
			double value = walk.startValue();
			for (int daysAgo = days - 1; daysAgo >= 0; daysAgo--) {
				// Some days the rate is left unchanged, as central banks often do.
				if (random.nextInt(4) > 0) {
					value *= 1 + random.nextGaussian() * walk.dailyVolatility();
				}
				BigDecimal rounded = new BigDecimal(value, new MathContext(6));
				rates.add(new PublishedRate(walk.code(), base, today.minusDays(daysAgo), rounded));
			}
		}
		return rates;
	}

}
