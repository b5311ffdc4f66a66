package org.dastan.core.rate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.config.NewsroomProperties;

/**
 * Builds the currency ticker: for each currency shown, in order, its latest rate and the
 * rate of the date before.
 */
@Service
@Transactional(readOnly = true)
public class Ticker {

	// How far back to look for the latest two rate dates; older rates are too stale to
	// show as today's.
	private static final int LOOKBACK_DAYS = 60;

	private final CurrencyRepository currencies;

	private final RateRepository rates;

	private final NewsroomProperties properties;

	private final Clock clock;

	Ticker(CurrencyRepository currencies, RateRepository rates, NewsroomProperties properties, Clock clock) {
		this.currencies = currencies;
		this.rates = rates;
		this.properties = properties;
		this.clock = clock;
	}

	public List<TickerEntry> entries() {
		List<String> codes = this.currencies.findByShownInTickerTrueOrderByPosition()
			.stream()
			.map(Currency::getCode)
			.toList();
		if (codes.isEmpty()) {
			return List.of();
		}
		LocalDate since = LocalDate.now(this.clock.withZone(this.properties.timeZone())).minusDays(LOOKBACK_DAYS);
		Map<String, List<Rate>> byCurrency = new LinkedHashMap<>();
		for (Rate rate : this.rates.findRecent(this.properties.tickerBase(), codes, since)) {
			byCurrency.computeIfAbsent(rate.getCurrency(), (code) -> new ArrayList<>()).add(rate);
		}
		List<TickerEntry> entries = new ArrayList<>();
		for (String code : codes) {
			List<Rate> recent = byCurrency.getOrDefault(code, List.of());
			if (!recent.isEmpty()) {
				entries.add(entryOf(recent));
			}
		}
		return entries;
	}

	/**
	 * Rates come newest first; the previous value is the first one on an earlier date.
	 */
	static TickerEntry entryOf(List<Rate> newestFirst) {
		Rate latest = newestFirst.get(0);
		Rate previous = newestFirst.stream()
			.filter((rate) -> rate.getRateDate().isBefore(latest.getRateDate()))
			.findFirst()
			.orElse(null);
		return new TickerEntry(latest.getCurrency(), latest.getBaseCurrency(), latest.getRateDate(), latest.getValue(),
				(previous != null) ? previous.getValue() : null);
	}

}
