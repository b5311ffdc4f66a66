package org.dastan.core.rate.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.rate.PublishedRate;
import org.dastan.core.rate.RateProperties;
import org.dastan.core.rate.RatesImported;
import org.dastan.core.rate.feed.Bank;
import org.dastan.core.rate.feed.RateFeedException;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.Rate;
import org.dastan.core.rate.internal.RateRepository;

/**
 * Fetches each enabled bank's feed, parses it, and stores the rates of the currencies the
 * newsroom follows (the currencies table). A source's rates are stored in one
 * transaction: a run that fails stores nothing, and its log entry says why. Storing the
 * same document again changes nothing; rates that were new or revised are announced as
 * {@link RatesImported}.
 */
@Service
public class RateImporter {

	private static final Logger logger = LoggerFactory.getLogger(RateImporter.class);

	private final RateProperties properties;

	private final NewsroomProperties newsroom;

	private final FeedFetcher fetcher;

	private final RateRepository rates;

	private final CurrencyRepository currencies;

	private final RateImportRepository imports;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RateImporter(RateProperties properties, NewsroomProperties newsroom, FeedFetcher fetcher, RateRepository rates,
			CurrencyRepository currencies, RateImportRepository imports, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.properties = properties;
		this.newsroom = newsroom;
		this.fetcher = fetcher;
		this.rates = rates;
		this.currencies = currencies;
		this.imports = imports;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Imports from every enabled bank, one after the other; one bank's failure does not
	 * stop the others.
	 * @param startedBy the editor who asked, or {@code null} for the schedule
	 */
	public List<RateImport> importAll(String startedBy) {
		List<RateImport> runs = new ArrayList<>();
		for (Bank bank : Bank.values()) {
			RateProperties.Source source = this.properties.source(bank);
			if (source.enabled()) {
				runs.add(importFrom(bank, withToday(source.url()), startedBy));
			}
		}
		return runs;
	}

	/** Imports one bank's document from an address and logs the run. */
	public RateImport importFrom(Bank bank, URI url, String startedBy) {
		Instant started = this.clock.instant();
		RateImport run;
		try {
			List<PublishedRate> parsed = bank.parser().parse(this.fetcher.fetch(bank.name(), url));
			StoredRates stored = store(bank.name(), parsed);
			run = RateImport.succeeded(bank.name(), started, this.clock.instant(), startedBy, stored);
			logger.info("Imported rates from {}: {}", bank, stored);
		}
		catch (RateFeedException ex) {
			run = failed(bank, started, startedBy, ex.getMessage());
		}
		catch (RuntimeException ex) {
			// The database refused the rates (say, a check constraint): nothing was kept.
			run = failed(bank, started, startedBy, bank.name() + ": the rates could not be stored: "
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		}
		return this.imports.save(run);
	}

	private RateImport failed(Bank bank, Instant started, String startedBy, String problem) {
		logger.warn("Rate import from {} failed: {}", bank, problem);
		return RateImport.failed(bank.name(), started, this.clock.instant(), startedBy, problem);
	}

	/**
	 * Stores a source's rates of the followed currencies in one transaction (or the
	 * caller's): new ones are added, changed ones revised.
	 * @throws IllegalArgumentException if a value is not positive; nothing is stored then
	 */
	public StoredRates store(String source, List<PublishedRate> parsed) {
		return this.transaction.execute((status) -> storeAll(source, parsed));
	}

	private StoredRates storeAll(String source, List<PublishedRate> parsed) {
		Set<String> followed = this.currencies.findAll().stream().map(Currency::getCode).collect(Collectors.toSet());
		Instant now = this.clock.instant();
		int added = 0;
		int updated = 0;
		int unchanged = 0;
		Set<String> changedCurrencies = new TreeSet<>();
		Set<LocalDate> changedDates = new TreeSet<>();
		Map<RateKey, Rate> storedRates = storedRates(source, followed, parsed);
		for (PublishedRate rate : parsed) {
			// Compared and stored as the column keeps it, so the same document twice is
			// equal.
			BigDecimal value = rate.value().setScale(Rate.SCALE, RoundingMode.HALF_UP);
			if (value.signum() <= 0) {
				throw new IllegalArgumentException(rate.currency() + " is not positive: " + rate.value());
			}
			if (!followed.contains(rate.currency())) {
				continue;
			}
			RateKey key = new RateKey(rate.currency(), rate.base(), rate.rateDate());
			Rate stored = storedRates.get(key);
			if (stored == null) {
				storedRates.put(key,
						this.rates.save(new Rate(rate.currency(), rate.base(), rate.rateDate(), value, source, now)));
				added++;
			}
			else if (stored.revise(value, now)) {
				updated++;
			}
			else {
				unchanged++;
				continue;
			}
			changedCurrencies.add(rate.currency());
			changedDates.add(rate.rateDate());
		}
		if (!changedCurrencies.isEmpty()) {
			this.events.publishEvent(new RatesImported(source, changedCurrencies, changedDates));
		}
		LocalDate date = parsed.isEmpty() ? null : parsed.get(0).rateDate();
		return new StoredRates(date, parsed.size(), added, updated, unchanged);
	}

	/**
	 * The source's stored rates over the document's dates, read in one query: looking
	 * each rate up on its own flushed the whole session every time, which made a document
	 * of months of rates (the demo's, a bank's archive) take seconds.
	 */
	private Map<RateKey, Rate> storedRates(String source, Set<String> currencies, List<PublishedRate> parsed) {
		Map<RateKey, Rate> stored = new HashMap<>();
		if (parsed.isEmpty() || currencies.isEmpty()) {
			return stored;
		}
		LocalDate from = parsed.stream().map(PublishedRate::rateDate).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate to = parsed.stream().map(PublishedRate::rateDate).max(Comparator.naturalOrder()).orElseThrow();
		for (Rate rate : this.rates.findBySourceAndCurrencyInAndRateDateBetween(source, currencies, from, to)) {
			stored.put(new RateKey(rate.getCurrency(), rate.getBaseCurrency(), rate.getRateDate()), rate);
		}
		return stored;
	}

	private record RateKey(String currency, String base, LocalDate date) {
	}

	// Banks that answer for one day take today's date in the newsroom's zone.
	private URI withToday(String address) {
		return URI
			.create(address.replace("{date}", LocalDate.now(this.clock.withZone(this.newsroom.timeZone())).toString()));
	}

}
