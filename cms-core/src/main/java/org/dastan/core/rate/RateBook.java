package org.dastan.core.rate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.EntityNotFoundException;

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
 * its value and records who and when.
 */
@Service
@Transactional
public class RateBook {

	public static final int PAGE_SIZE = 20;

	private final CurrencyRepository currencies;

	private final RateRepository rates;

	private final NewsroomProperties properties;

	private final Clock clock;

	RateBook(CurrencyRepository currencies, RateRepository rates, NewsroomProperties properties, Clock clock) {
		this.currencies = currencies;
		this.rates = rates;
		this.properties = properties;
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
	 * @throws RejectedEditException if the value is not positive or the date is after
	 * tomorrow (banks publish tomorrow's rate today, no further)
	 */
	public Rate correct(String code, LocalDate date, BigDecimal value, String editor) {
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
		Optional<Rate> manual = this.rates.findByCurrencyAndBaseCurrencyAndRateDateAndSource(currency.getCode(), base,
				date, Rate.MANUAL);
		if (manual.isPresent()) {
			manual.get().correct(value, editor, this.clock.instant());
			return manual.get();
		}
		return this.rates.save(Rate.manual(currency.getCode(), base, date, value, editor, this.clock.instant()));
	}

}
