package org.dastan.core.rate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;

import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.rate.TickerEntry.Direction;
import org.dastan.core.rate.feed.Bank;
import org.dastan.core.rate.internal.Rate;
import org.dastan.core.rate.internal.RatePrecedence;

import static org.assertj.core.api.Assertions.assertThat;

class TickerEntryTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

	// Noon of TODAY in Almaty; rates older than three days are stale.
	private final Ticker ticker = new Ticker(null, null,
			new NewsroomProperties("Dastan", ZoneId.of("Asia/Almaty"), "USD", 4, "media"),
			new RateProperties(true, "0 15 * * * *", 3, Duration.ofSeconds(1), Duration.ofSeconds(1),
					DataSize.ofMegabytes(5), Map.of(), BigDecimal.valueOf(20)),
			Clock.fixed(Instant.parse("2026-01-10T07:00:00Z"), ZoneOffset.UTC),
			new ContentCaches(Duration.ofSeconds(30), TransactionOperations.withoutTransaction()));

	@Test
	void showsTheValueWithFiveDecimals() {
		assertThat(entry("0.0019612", "0.0019612").formattedValue()).isEqualTo("0.00196");
		assertThat(entry("0.0000795", "0.0000795").formattedValue()).isEqualTo("0.00008");
		assertThat(entry("0.28575", null).formattedValue()).isEqualTo("0.28575");
	}

	@Test
	void showsAFallWithTwoDecimalsAndAMinusSign() {
		TickerEntry entry = entry("0.10729", "0.10769");
		assertThat(entry.formattedChange()).isEqualTo("-0.37%");
		assertThat(entry.direction()).isEqualTo(Direction.DOWN);
	}

	@Test
	void showsARiseWithAPlusSignAndNoTrailingZeros() {
		TickerEntry entry = entry("0.01155", "0.01144");
		assertThat(entry.formattedChange()).isEqualTo("+0.96%");
		assertThat(entry("0.0022", "0.002").formattedChange()).isEqualTo("+10%");
		assertThat(entry.direction()).isEqualTo(Direction.UP);
	}

	@Test
	void neverShowsMinusZero() {
		// A fall of 0.004% rounds to zero: it must read 0%, not -0% or -0.00%.
		TickerEntry entry = entry("0.249990", "0.250000");
		assertThat(entry.formattedChange()).isEqualTo("0%");
		assertThat(entry.direction()).isEqualTo(Direction.FLAT);
	}

	@Test
	void isFlatWithoutAPreviousRate() {
		TickerEntry entry = entry("0.00196", null);
		assertThat(entry.formattedChange()).isEqualTo("0%");
		assertThat(entry.direction()).isEqualTo(Direction.FLAT);
	}

	@Test
	void comparesWithThePreviousRateDateNotAnotherSourceOnTheSameDay() {
		Rate today = rate(TODAY, "0.00200", "2026-01-10T09:00:00Z");
		Rate todayEarlierFetch = rate(TODAY, "0.00150", "2026-01-10T06:00:00Z");
		Rate yesterday = rate(TODAY.minusDays(1), "0.00190", "2026-01-09T09:00:00Z");
		Rate dayBefore = rate(TODAY.minusDays(2), "0.00100", "2026-01-08T09:00:00Z");
		TickerEntry entry = this.ticker.entryOf(sorted(today, todayEarlierFetch, yesterday, dayBefore));
		assertThat(entry.value()).isEqualByComparingTo("0.00200");
		assertThat(entry.previousValue()).isEqualByComparingTo("0.00190");
		assertThat(entry.formattedChange()).isEqualTo("+5.26%");
	}

	@Test
	void skipsGapsBetweenRateDates() {
		Rate monday = rate(TODAY, "0.01000", "2026-01-10T09:00:00Z");
		Rate friday = rate(TODAY.minusDays(3), "0.01100", "2026-01-07T09:00:00Z");
		assertThat(this.ticker.entryOf(sorted(friday, monday)).formattedChange()).isEqualTo("-9.09%");
	}

	@Test
	void prefersTheIssuingBankToOtherSourcesEvenWhenFetchedEarlier() {
		Rate nbk = rate(TODAY, "0.00200", "2026-01-10T06:00:00Z", Bank.NBK.name());
		Rate cbr = rate(TODAY, "0.00199", "2026-01-10T09:00:00Z", Bank.CBR.name());
		assertThat(this.ticker.entryOf(sorted(cbr, nbk)).value()).isEqualByComparingTo("0.00200");
	}

	@Test
	void prefersAnEditorsCorrectionToEveryImportOfItsDate() {
		Rate nbk = rate(TODAY, "0.00200", "2026-01-10T09:00:00Z", Bank.NBK.name());
		Rate manual = Rate.manual("KZT", "USD", TODAY, new BigDecimal("0.00210"), "editor",
				Instant.parse("2026-01-10T06:00:00Z"));
		Rate yesterday = rate(TODAY.minusDays(1), "0.00200", "2026-01-09T09:00:00Z", Bank.NBK.name());
		TickerEntry entry = this.ticker.entryOf(sorted(nbk, yesterday, manual));
		assertThat(entry.value()).isEqualByComparingTo("0.00210");
		assertThat(entry.formattedChange()).isEqualTo("+5%");
	}

	@Test
	void marksARateOlderThanTheAllowedDaysStale() {
		assertThat(this.ticker.entryOf(sorted(rate(TODAY.minusDays(3), "0.002", "2026-01-07T09:00:00Z"))).stale())
			.isFalse();
		assertThat(this.ticker.entryOf(sorted(rate(TODAY.minusDays(4), "0.002", "2026-01-06T09:00:00Z"))).stale())
			.isTrue();
	}

	private static List<Rate> sorted(Rate... rates) {
		List<Rate> list = new ArrayList<>(List.of(rates));
		list.sort(RatePrecedence.NEWEST_FIRST);
		return list;
	}

	private static TickerEntry entry(String value, String previous) {
		return new TickerEntry("KZT", "USD", TODAY, new BigDecimal(value),
				(previous != null) ? new BigDecimal(previous) : null, false);
	}

	private static Rate rate(LocalDate date, String value, String fetchedAt) {
		return rate(date, value, fetchedAt, "TEST");
	}

	private static Rate rate(LocalDate date, String value, String fetchedAt, String source) {
		return new Rate("KZT", "USD", date, new BigDecimal(value), source, Instant.parse(fetchedAt));
	}

}
