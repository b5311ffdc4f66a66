package org.dastan.core.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.Rate;

/**
 * The rates page's data: today's rate of each ticker currency with its change, and its
 * history over recent days.
 */
@Service
@Transactional(readOnly = true)
public class RateHistory {

	private final Ticker ticker;

	RateHistory(Ticker ticker) {
		this.ticker = ticker;
	}

	/**
	 * Each ticker currency, in ticker order, with one point per rate date (the rate that
	 * takes precedence), oldest first, over the given number of calendar days up to its
	 * latest rate date: 90 days are today and the 89 before (or tomorrow and the 89
	 * before, once tomorrow's rate is out), never one more.
	 */
	public List<CurrencyHistory> lastDays(int days) {
		ContentKeys.touch(ContentKey.RATES);
		List<Currency> shown = this.ticker.shown();
		Map<String, List<Rate>> byCurrency = this.ticker
			.recentByCurrency(shown.stream().map(Currency::getCode).toList(), this.ticker.today().minusDays(days - 1L));
		List<CurrencyHistory> histories = new ArrayList<>();
		for (Currency currency : shown) {
			List<Rate> newestFirst = byCurrency.getOrDefault(currency.getCode(), List.of());
			if (!newestFirst.isEmpty()) {
				histories.add(new CurrencyHistory(currency.getCode(), currency.getName(),
						this.ticker.entryOf(newestFirst), onePointPerDate(newestFirst, days)));
			}
		}
		return histories;
	}

	private static List<RatePoint> onePointPerDate(List<Rate> newestFirst, int days) {
		LocalDate first = newestFirst.get(0).getRateDate().minusDays(days - 1L);
		Map<LocalDate, BigDecimal> byDate = new LinkedHashMap<>();
		for (Rate rate : newestFirst) {
			if (!rate.getRateDate().isBefore(first)) {
				byDate.putIfAbsent(rate.getRateDate(), rate.getValue());
			}
		}
		List<RatePoint> points = new ArrayList<>();
		byDate.forEach((date, value) -> points.add(0, new RatePoint(date, value)));
		return points;
	}

	/** A currency's latest rate (as the ticker shows it) and its history. */
	public record CurrencyHistory(String code, String name, TickerEntry latest, List<RatePoint> points) {
	}

	/** One rate date. */
	public record RatePoint(LocalDate date, BigDecimal value) {
	}

}
