package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dastan.core.rate.PublishedRate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class NbkRatesParserTest {

	private static final BigDecimal TOLERANCE = new BigDecimal("1e-12");

	private final NbkRatesParser parser = new NbkRatesParser();

	@Test
	void readsTheRssRatesDividingByQuant() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("nbk-rates_all-2016-04-18.xml"));

		assertThat(rates).extracting(PublishedRate::rateDate).containsOnly(LocalDate.of(2016, 4, 18));
		assertThat(Samples.value(rates, "KZT")).isCloseTo(Samples.usdPerUnit("1", "1", "334.41"), within(TOLERANCE));
		assertThat(Samples.value(rates, "KGS")).isCloseTo(Samples.usdPerUnit("4.78", "1", "334.41"), within(TOLERANCE));
		assertThat(Samples.value(rates, "UZS")).isCloseTo(Samples.usdPerUnit("11.59", "100", "334.41"),
				within(TOLERANCE));
		assertThat(Samples.value(rates, "TJS")).isCloseTo(Samples.usdPerUnit("42.75", "1", "334.41"),
				within(TOLERANCE));
	}

	@Test
	void readsPubDatesWithTwoAndFourDigitYears() throws Exception {
		String twoDigits = new String(Samples.bytes("nbk-rates_all-2016-04-18.xml"), StandardCharsets.UTF_8);
		String fourDigits = twoDigits.replace("<pubDate>18.04.16</pubDate>", "<pubDate>03.04.2026</pubDate>");
		assertThat(fourDigits).isNotEqualTo(twoDigits);

		assertThat(this.parser.parse(twoDigits.getBytes(StandardCharsets.UTF_8))).extracting(PublishedRate::rateDate)
			.containsOnly(LocalDate.of(2016, 4, 18));
		List<PublishedRate> rates = this.parser.parse(fourDigits.getBytes(StandardCharsets.UTF_8));
		assertThat(rates).extracting(PublishedRate::rateDate).containsOnly(LocalDate.of(2026, 4, 3));
		assertThat(rates).hasSize(39);
	}

	@Test
	void refusesAPubDateThatIsNoDate() {
		String sample = new String(Samples.bytes("nbk-rates_all-2016-04-18.xml"), StandardCharsets.UTF_8);
		for (String date : new String[] { "31.02.2026", "03.04.202", "03.04.20266", "3.4.26", "" }) {
			byte[] document = sample.replace("<pubDate>18.04.16</pubDate>", "<pubDate>" + date + "</pubDate>")
				.getBytes(StandardCharsets.UTF_8);
			assertThatExceptionOfType(RateFeedException.class).as(date).isThrownBy(() -> this.parser.parse(document));
		}
	}

	@Test
	void leavesOutDiscontinuedCurrenciesWithAnOlderPubDate() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("nbk-rates_all-2016-04-18.xml"));

		assertThat(rates).extracting(PublishedRate::currency)
			.doesNotContain("LVL", "EEK", "TRL", "USD")
			.contains("RUB");
		assertThat(rates).hasSize(39);
	}

	@Test
	void readsTheGetRatesDocumentWithItsDate() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("nbk-get_rates-2026-04-01.xml"));

		assertThat(rates).extracting(PublishedRate::rateDate).containsOnly(LocalDate.of(2026, 4, 1));
		assertThat(Samples.value(rates, "KZT")).isCloseTo(Samples.usdPerUnit("1", "1", "478.77"), within(TOLERANCE));
		assertThat(Samples.value(rates, "KGS")).isCloseTo(Samples.usdPerUnit("5.47", "1", "478.77"), within(TOLERANCE));
		assertThat(Samples.value(rates, "UZS")).isCloseTo(Samples.usdPerUnit("3.93", "100", "478.77"),
				within(TOLERANCE));
		assertThat(Samples.value(rates, "RUB")).isCloseTo(Samples.usdPerUnit("5.87", "1", "478.77"), within(TOLERANCE));
		assertThat(rates).hasSize(39);
	}

}
