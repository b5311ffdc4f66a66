package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dastan.core.rate.PublishedRate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NbkrDailyParserTest {

	private static final BigDecimal TOLERANCE = new BigDecimal("1e-12");

	private final NbkrDailyParser parser = new NbkrDailyParser();

	@Test
	void readsCommaDecimalsAndGivesTheSomAgainstTheDollar() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("nbkr-daily-2026-05-24.xml"));

		assertThat(rates).extracting(PublishedRate::rateDate).containsOnly(LocalDate.of(2026, 5, 24));
		assertThat(rates).extracting(PublishedRate::currency).containsExactly("KGS", "EUR", "CNY", "KZT", "RUB");
		assertThat(Samples.value(rates, "KGS")).isCloseTo(Samples.usdPerUnit("1", "1", "87,4500"), within(TOLERANCE));
		assertThat(Samples.value(rates, "KZT")).isCloseTo(Samples.usdPerUnit("0,1859", "1", "87,4500"),
				within(TOLERANCE));
	}

	@Test
	void readsTheOlderListWithoutYuan() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("nbkr-daily-2020-12-14.xml"));

		assertThat(rates).extracting(PublishedRate::rateDate).containsOnly(LocalDate.of(2020, 12, 14));
		assertThat(rates).extracting(PublishedRate::currency).containsExactly("KGS", "EUR", "KZT", "RUB");
		assertThat(Samples.value(rates, "RUB")).isCloseTo(Samples.usdPerUnit("1,1597", "1", "84,7999"),
				within(TOLERANCE));
	}

	@Test
	void dividesByTheNominal() throws Exception {
		byte[] document = Samples.replace(Samples.bytes("nbkr-daily-2020-12-14.xml"),
				"<Nominal>1</Nominal>\n<Value>0,2024</Value>", "<Nominal>100</Nominal>\n<Value>20,24</Value>");

		assertThat(Samples.value(this.parser.parse(document), "KZT"))
			.isCloseTo(Samples.usdPerUnit("0,2024", "1", "84,7999"), within(TOLERANCE));
	}

}
