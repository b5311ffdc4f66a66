package org.dastan.core.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.Rate;
import org.dastan.core.rate.internal.RatePrecedence;
import org.dastan.core.rate.internal.RateRepository;

/**
 * A currency's stored rates as editors see them, and the rates they enter or correct by
 * hand. A manual rate is stored beside the imported ones of its date (those stay as the
 * banks published them) and wins over them in the ticker; correcting it again replaces
 * its value and records who and when. A value far from the last rate is saved only once
 * the editor confirms it, and every change is announced as {@link RateCorrected} for the
 * audit log.
 */
@Service
@Transactional
public class RateBook {

	public static final int PAGE_SIZE = 20;

	// How far back the last rate of a currency is looked for when a value is checked
	// against it, as far as the ticker looks.
	private static final int LOOKBACK_DAYS = 60;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final CurrencyRepository currencies;

	private final RateRepository rates;

	private final NewsroomProperties properties;

	private final RateProperties rateProperties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RateBook(CurrencyRepository currencies, RateRepository rates, NewsroomProperties properties,
			RateProperties rateProperties, ApplicationEventPublisher events, Clock clock) {
		this.currencies = currencies;
		this.rates = rates;
		this.properties = properties;
		this.rateProperties = rateProperties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The currency's rates in the ticker's base, newest date first; within a date the
	 * manual rate first, then the latest fetched.
	 */
	@Transactional(readOnly = true)
	public Page<RateEntry> history(String code, int page) {
		return this.rates.findHistory(code, this.properties.tickerBase(), PageRequest.of(page, PAGE_SIZE))
			.map(RateBook::entry);
	}

	/** The date of the currency's oldest rate in the ticker's base, if it has any. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> firstDate(String code) {
		return this.rates.findFirstByCurrencyAndBaseCurrencyOrderByRateDateAsc(code, this.properties.tickerBase())
			.map(Rate::getRateDate);
	}

	/**
	 * Enters or corrects the manual rate of a currency on a date.
	 * @throws RejectedEditException if the value is not positive or the date is after
	 * tomorrow (banks publish tomorrow's rate today, no further)
	 * @throws RateJumpException if the value moves too far from the last rate and is not
	 * confirmed
	 */
	public RateEntry correct(CorrectRate command) {
		String code = command.currency();
		LocalDate date = command.date();
		BigDecimal value = command.value();
		Currency currency = this.currencies.findById(code)
			.orElseThrow(() -> new EntityNotFoundException("No currency " + code));
		if (value.signum() <= 0) {
			throw new RejectedEditException("value", "rule.rate.not-positive");
		}
		LocalDate tomorrow = LocalDate.now(this.clock.withZone(this.properties.timeZone())).plusDays(1);
		if (date.isAfter(tomorrow)) {
			throw new RejectedEditException("date", "rule.rate.future-date", tomorrow);
		}
		String base = this.properties.tickerBase();
		List<Rate> recent = new ArrayList<>(this.rates.findByCurrencyAndBaseCurrencyAndRateDateBetween(
				currency.getCode(), base, date.minusDays(LOOKBACK_DAYS), date));
		recent.sort(RatePrecedence.NEWEST_FIRST);
		Optional<Rate> shown = recent.stream().filter((rate) -> rate.getRateDate().equals(date)).findFirst();
		if (!command.confirmed()) {
			checkJump(currency.getCode(), date, value, recent, shown);
		}
		BigDecimal oldValue = shown.map(Rate::getValue).orElse(null);
		Rate saved = save(currency.getCode(), base, date, value, command.editor());
		this.events.publishEvent(new RateCorrected(currency.getCode(), base, date, oldValue, value, command.editor()));
		return entry(saved);
	}

	/**
	 * Compares the value with the last rate before its date, the one the ticker's change
	 * is computed against, or, for a currency's first date, with the rate shown on it.
	 */
	private void checkJump(String code, LocalDate date, BigDecimal value, List<Rate> newestFirst,
			Optional<Rate> shown) {
		Optional<Rate> last = newestFirst.stream()
			.filter((rate) -> rate.getRateDate().isBefore(date))
			.findFirst()
			.or(() -> shown);
		if (last.isEmpty()) {
			return;
		}
		BigDecimal lastValue = last.get().getValue();
		BigDecimal percent = value.subtract(lastValue).multiply(HUNDRED).divide(lastValue, 1, RoundingMode.HALF_UP);
		if (percent.abs().compareTo(this.rateProperties.confirmChangeAbove()) > 0) {
			throw new RateJumpException(code, value, last.get(), percent);
		}
	}

	private Rate save(String code, String base, LocalDate date, BigDecimal value, String editor) {
		Optional<Rate> manual = this.rates.findByCurrencyAndBaseCurrencyAndRateDateAndSource(code, base, date,
				Rate.MANUAL);
		if (manual.isPresent()) {
			manual.get().correct(value, editor, this.clock.instant());
			return manual.get();
		}
		return this.rates.save(Rate.manual(code, base, date, value, editor, this.clock.instant()));
	}

	private static RateEntry entry(Rate rate) {
		return new RateEntry(rate.getCurrency(), rate.getBaseCurrency(), rate.getRateDate(), rate.getValue(),
				rate.getSource(), rate.isManual(), rate.getFetchedAt(), rate.getCorrectedBy(), rate.getCorrectedAt());
	}

}
