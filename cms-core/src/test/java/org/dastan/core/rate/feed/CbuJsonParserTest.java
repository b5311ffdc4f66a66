package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dastan.core.rate.PublishedRate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CbuJsonParserTest {

	private static final BigDecimal TOLERANCE = new BigDecimal("1e-12");

	private final CbuJsonParser parser = new CbuJsonParser();

	@Test
	void readsStringValuesAndGivesTheSumAgainstTheDollar() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("cbu-json-all-2026-04-01.json"));

		assertThat(rates).extracting(PublishedRate::rateDate).containsOnly(LocalDate.of(2026, 4, 1));
		assertThat(rates).hasSize(75);
		assertThat(Samples.value(rates, "UZS")).isCloseTo(Samples.usdPerUnit("1", "1", "12194.21"), within(TOLERANCE));
		assertThat(Samples.value(rates, "KZT")).isCloseTo(Samples.usdPerUnit("25.53", "1", "12194.21"),
				within(TOLERANCE));
	}

	@Test
	void dividesByTheNominal() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("cbu-json-all-2026-04-01.json"));

		assertThat(Samples.value(rates, "IDR")).isCloseTo(Samples.usdPerUnit("7.18", "10", "12194.21"),
				within(TOLERANCE));
	}

	@Test
	void readsTheNextDaysTickerCurrencies() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("cbu-json-all-2026-04-02.json"));

		assertThat(rates).extracting(PublishedRate::rateDate).containsOnly(LocalDate.of(2026, 4, 2));
		assertThat(Samples.value(rates, "TJS")).isCloseTo(Samples.usdPerUnit("1266.78", "1", "12142.10"),
				within(TOLERANCE));
		assertThat(Samples.value(rates, "TMT")).isCloseTo(Samples.usdPerUnit("3469.17", "1", "12142.10"),
				within(TOLERANCE));
		assertThat(Samples.value(rates, "KGS")).isCloseTo(Samples.usdPerUnit("138.80", "1", "12142.10"),
				within(TOLERANCE));
	}

}
