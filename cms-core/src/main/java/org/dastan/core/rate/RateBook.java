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

/**
 * A currency's stored rates as editors see them, and the rates they enter or correct by
 * hand. A manual rate is stored beside the imported ones of its date (those stay as the
 * banks published them) and wins over them in the ticker; correcting it again replaces
 * its value and records who and when. A value far from the last rate is saved only once
 * the editor confirms it, and every change is announced as {@link RateChanged} for the
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

	@Transactional(readOnly = true)
	public Optional<Currency> currency(String code) {
		return this.currencies.findById(code);
	}

	/** The currency's rates in the ticker's base, newest date first. */
	@Transactional(readOnly = true)
	public Page<Rate> history(String code, int page) {
		return this.rates.findHistory(code, this.properties.tickerBase(), PageRequest.of(page, PAGE_SIZE));
	}

	/**
	 * Enters or corrects the manual rate of a currency on a date.
	 * @param confirmed whether the editor confirmed a value that moves more than
	 * {@link RateProperties#confirmChangeAbove()} percent from the last rate
	 * @throws RejectedEditException if the value is not positive or the date is after
	 * tomorrow (banks publish tomorrow's rate today, no further)
	 * @throws RateJumpException if the value moves too far from the last rate and is not
	 * confirmed
	 */
	public Rate correct(String code, LocalDate date, BigDecimal value, boolean confirmed, String editor) {
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
		if (!confirmed) {
			checkJump(currency.getCode(), date, value, recent, shown);
		}
		BigDecimal oldValue = shown.map(Rate::getValue).orElse(null);
		Rate saved = save(currency.getCode(), base, date, value, editor);
		this.events.publishEvent(new RateChanged(currency.getCode(), base, date, oldValue, value, editor));
		return saved;
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

}
