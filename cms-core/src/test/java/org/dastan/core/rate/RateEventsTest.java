package org.dastan.core.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.RateRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the rate module tells other features, through its API alone: which rates came in,
 * which an editor corrected, and that the ticker's currencies changed.
 */
@SpringBootTest
@RecordApplicationEvents
class RateEventsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 1, 9);

	@Autowired
	private Currencies currencies;

	@Autowired
	private RateBook book;

	@Autowired
	private RateImports imports;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private CurrencyRepository currencyRows;

	@Autowired
	private RateRepository rateRows;

	@BeforeEach
	@AfterEach
	void deleteEverything() {
		this.rateRows.deleteAll();
		this.currencyRows.deleteAll();
	}

	@Test
	void announcesTheRatesThatCameInAndNothingWhenNoneChanged() {
		this.currencies.add(new AddCurrency("KZT", "Kazakh tenge", true));
		this.currencies.add(new AddCurrency("KGS", "Kyrgyz som", true));
		PublishedRate tenge = new PublishedRate("KZT", "USD", DAY, new BigDecimal("0.00196"));
		PublishedRate som = new PublishedRate("KGS", "USD", DAY, new BigDecimal("0.01144"));
		PublishedRate rouble = new PublishedRate("RUB", "USD", DAY, new BigDecimal("0.0125"));

		this.imports.store("NBK", List.of(tenge, som, rouble));
		this.imports.store("NBK", List.of(tenge, som));
		this.imports.store("NBK", List.of(tenge, new PublishedRate("KGS", "USD", DAY, new BigDecimal("0.01145"))));

		assertThat(this.events.stream(RatesImported.class)).containsExactly(
				new RatesImported("NBK", Set.of("KZT", "KGS"), Set.of(DAY)),
				new RatesImported("NBK", Set.of("KGS"), Set.of(DAY)));
	}

	@Test
	void announcesACorrectionWithTheValueItReplaced() {
		this.currencies.add(new AddCurrency("KZT", "Kazakh tenge", true));
		this.imports.store("NBK", List.of(new PublishedRate("KZT", "USD", DAY, new BigDecimal("0.00196"))));

		RateEntry corrected = this.book.correct(new CorrectRate("KZT", DAY, new BigDecimal("0.00197"), false, "dana"));

		assertThat(corrected.manual()).isTrue();
		assertThat(this.events.stream(RateCorrected.class)).singleElement().satisfies((event) -> {
			assertThat(event.change()).isEqualTo("0.00196 -> 0.00197");
			assertThat(event.editor()).isEqualTo("dana");
		});
	}

	@Test
	void announcesEveryChangeOfTheTickersCurrencies() {
		this.currencies.add(new AddCurrency(" kzt ", "Kazakh tenge", true));
		this.currencies.add(new AddCurrency("KGS", "Kyrgyz som", true));
		this.currencies.move(MoveCurrency.up("KGS"));
		this.currencies.show(new ShowCurrency("KZT", false));

		assertThat(this.currencies.list()).extracting(CurrencyView::code, CurrencyView::shownInTicker)
			.containsExactly(tuple("KGS", true), tuple("KZT", false));
		assertThat(this.events.stream(CurrenciesChanged.class)).extracting(CurrenciesChanged::currency)
			.containsExactly("KZT", "KGS", "KGS", "KZT");
	}

}
