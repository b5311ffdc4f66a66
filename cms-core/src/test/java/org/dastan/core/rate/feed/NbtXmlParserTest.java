package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dastan.core.rate.PublishedRate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class NbtXmlParserTest {

	private static final BigDecimal TOLERANCE = new BigDecimal("1e-12");

	private final NbtXmlParser parser = new NbtXmlParser();

	@Test
	void readsDotDecimalsTheIsoDateAndGivesTheSomoniAgainstTheDollar() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("nbt-export_xml-2026-05-18.xml"));

		assertThat(rates).extracting(PublishedRate::rateDate).containsOnly(LocalDate.of(2026, 5, 18));
		assertThat(rates).extracting(PublishedRate::base).containsOnly("USD");
		// 36 Valute, USD among them, plus the somoni itself.
		assertThat(rates).hasSize(36);
		assertThat(rates.get(0).currency()).isEqualTo("TJS");
		assertThat(Samples.value(rates, "TJS")).isCloseTo(Samples.usdPerUnit("1", "1", "9.3450"), within(TOLERANCE));
		assertThat(Samples.value(rates, "TMT")).isCloseTo(Samples.usdPerUnit("2.6700", "1", "9.3450"),
				within(TOLERANCE));
	}

	@Test
	void dividesByTheNominal() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("nbt-export_xml-2026-05-18.xml"));

		assertThat(Samples.value(rates, "UZS")).isCloseTo(Samples.usdPerUnit("0.0780", "100", "9.3450"),
				within(TOLERANCE));
		assertThat(Samples.value(rates, "KGS")).isCloseTo(Samples.usdPerUnit("1.0686", "10", "9.3450"),
				within(TOLERANCE));
		assertThat(Samples.value(rates, "KZT")).isCloseTo(Samples.usdPerUnit("0.1971", "10", "9.3450"),
				within(TOLERANCE));
	}

	@Test
	void readsTheNextDaysDocument() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("nbt-export_xml-2026-05-19.xml"));

		assertThat(rates).extracting(PublishedRate::rateDate).containsOnly(LocalDate.of(2026, 5, 19));
		assertThat(Samples.value(rates, "TJS")).isCloseTo(Samples.usdPerUnit("1", "1", "9.3371"), within(TOLERANCE));
	}

	@Test
	void refusesTheBankOfRussiasDocumentThoughItHasTheSameLayout() {
		assertThatExceptionOfType(RateFeedException.class)
			.isThrownBy(() -> this.parser.parse(Samples.bytes("cbr-XML_daily-2026-04-25.xml")))
			.withMessage("NBT: the date is not valid: '25.04.2026'");
	}

}
