package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NbkRatesParserTest {

	private static final BigDecimal TOLERANCE = new BigDecimal("1e-12");

	private final NbkRatesParser parser = new NbkRatesParser();

	@Test
	void readsTheRssRatesDividingByQuant() throws Exception {
		List<ParsedRate> rates = this.parser.parse(Samples.bytes("nbk-rates_all-2016-04-18.xml"));

		assertThat(rates).extracting(ParsedRate::rateDate).containsOnly(LocalDate.of(2016, 4, 18));
		assertThat(Samples.value(rates, "KZT")).isCloseTo(Samples.usdPerUnit("1", "1", "334.41"), within(TOLERANCE));
		assertThat(Samples.value(rates, "KGS")).isCloseTo(Samples.usdPerUnit("4.78", "1", "334.41"), within(TOLERANCE));
		assertThat(Samples.value(rates, "UZS")).isCloseTo(Samples.usdPerUnit("11.59", "100", "334.41"),
				within(TOLERANCE));
		assertThat(Samples.value(rates, "TJS")).isCloseTo(Samples.usdPerUnit("42.75", "1", "334.41"),
				within(TOLERANCE));
	}

	@Test
	void leavesOutDiscontinuedCurrenciesWithAnOlderPubDate() throws Exception {
		List<ParsedRate> rates = this.parser.parse(Samples.bytes("nbk-rates_all-2016-04-18.xml"));

		assertThat(rates).extracting(ParsedRate::currency).doesNotContain("LVL", "EEK", "TRL", "USD").contains("RUB");
		assertThat(rates).hasSize(39);
	}

	@Test
	void readsTheGetRatesDocumentWithItsDate() throws Exception {
		List<ParsedRate> rates = this.parser.parse(Samples.bytes("nbk-get_rates-2026-04-01.xml"));

		assertThat(rates).extracting(ParsedRate::rateDate).containsOnly(LocalDate.of(2026, 4, 1));
		assertThat(Samples.value(rates, "KZT")).isCloseTo(Samples.usdPerUnit("1", "1", "478.77"), within(TOLERANCE));
		assertThat(Samples.value(rates, "KGS")).isCloseTo(Samples.usdPerUnit("5.47", "1", "478.77"), within(TOLERANCE));
		assertThat(Samples.value(rates, "UZS")).isCloseTo(Samples.usdPerUnit("3.93", "100", "478.77"),
				within(TOLERANCE));
		assertThat(Samples.value(rates, "RUB")).isCloseTo(Samples.usdPerUnit("5.87", "1", "478.77"), within(TOLERANCE));
		assertThat(rates).hasSize(39);
	}

}
