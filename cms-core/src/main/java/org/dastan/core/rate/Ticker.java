package org.dastan.core.rate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.Rate;
import org.dastan.core.rate.internal.RatePrecedence;
import org.dastan.core.rate.internal.RateRepository;

/**
 * Builds the currency ticker: for each currency shown, in order, its latest rate and the
 * rate of the date before, marked stale when it is older than the settings allow. Of
 * several rates of one date, the one {@link RatePrecedence} puts first counts.
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

	private final RateProperties rateProperties;

	private final Clock clock;

	private final ContentCache<LocalDate, List<TickerEntry>> kept;

	Ticker(CurrencyRepository currencies, RateRepository rates, NewsroomProperties properties,
			RateProperties rateProperties, Clock clock, ContentCaches caches) {
		this.currencies = currencies;
		this.rates = rates;
		this.properties = properties;
		this.rateProperties = rateProperties;
		this.clock = clock;
		this.kept = caches.create(2);
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public List<TickerEntry> entries() {
		return this.kept.get(today(), this::build);
	}

	private List<TickerEntry> build() {
		ContentKeys.touch(ContentKey.RATES);
		List<String> codes = shown().stream().map(Currency::getCode).toList();
		Map<String, List<Rate>> byCurrency = recentByCurrency(codes, today().minusDays(LOOKBACK_DAYS));
		List<TickerEntry> entries = new ArrayList<>();
		for (String code : codes) {
			List<Rate> recent = byCurrency.getOrDefault(code, List.of());
			if (!recent.isEmpty()) {
				entries.add(entryOf(recent));
			}
		}
		return List.copyOf(entries);
	}

	List<Currency> shown() {
		return this.currencies.findByShownInTickerTrueOrderByPosition();
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.properties.timeZone()));
	}

	/**
	 * The rates of each currency since a date, in the order of
	 * {@link RatePrecedence#NEWEST_FIRST}.
	 */
	Map<String, List<Rate>> recentByCurrency(Collection<String> codes, LocalDate since) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, List<Rate>> byCurrency = new LinkedHashMap<>();
		for (Rate rate : this.rates.findRecent(this.properties.tickerBase(), codes, since)) {
			byCurrency.computeIfAbsent(rate.getCurrency(), (code) -> new ArrayList<>()).add(rate);
		}
		byCurrency.values().forEach((list) -> list.sort(RatePrecedence.NEWEST_FIRST));
		return byCurrency;
	}

	/**
	 * Rates come in precedence order; the previous value is the first one on an earlier
	 * date.
	 */
	TickerEntry entryOf(List<Rate> newestFirst) {
		Rate latest = newestFirst.get(0);
		Rate previous = newestFirst.stream()
			.filter((rate) -> rate.getRateDate().isBefore(latest.getRateDate()))
			.findFirst()
			.orElse(null);
		boolean stale = latest.getRateDate().isBefore(today().minusDays(this.rateProperties.staleAfterDays()));
		return new TickerEntry(latest.getCurrency(), latest.getBaseCurrency(), latest.getRateDate(), latest.getValue(),
				(previous != null) ? previous.getValue() : null, stale);
	}

}
