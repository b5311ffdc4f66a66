package org.dastan.core.rate.feed;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dastan.core.rate.PublishedRate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CbrDailyParserTest {

	private final CbrDailyParser parser = new CbrDailyParser();

	@Test
	void readsTheDateAndTheTickerCurrenciesPerOneUnitIn2026() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("cbr-XML_daily-2026-04-25.xml"));

		assertThat(rates).allSatisfy((rate) -> {
			assertThat(rate.rateDate()).isEqualTo(LocalDate.of(2026, 4, 25));
			assertThat(rate.base()).isEqualTo("USD");
		});
		assertThat(Samples.value(rates, "KZT")).isCloseTo(Samples.usdPerUnit("16,3172", "100", "75,5273"),
				within(new BigDecimal("1e-9")));
		assertThat(Samples.value(rates, "UZS")).isCloseTo(Samples.usdPerUnit("62,8322", "10000", "75,5273"),
				within(new BigDecimal("1e-11")));
		assertThat(Samples.value(rates, "TJS")).isCloseTo(Samples.usdPerUnit("80,0866", "10", "75,5273"),
				within(new BigDecimal("1e-9")));
		assertThat(Samples.value(rates, "KGS")).isCloseTo(Samples.usdPerUnit("86,4125", "100", "75,5273"),
				within(new BigDecimal("1e-9")));
		assertThat(Samples.value(rates, "TMT")).isCloseTo(Samples.usdPerUnit("21,5792", "1", "75,5273"),
				within(new BigDecimal("1e-9")));
		assertThat(rates).hasSize(54).extracting(PublishedRate::currency).doesNotContain("USD").contains("RUB");
	}

	@Test
	void givesTheRoubleAsOneOverTheDollarRate() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("cbr-XML_daily-2026-04-25.xml"));

		assertThat(Samples.value(rates, "RUB")).isCloseTo(Samples.usdPerUnit("1", "1", "75,5273"),
				within(new BigDecimal("1e-12")));
	}

	@Test
	void dividesByTheNominalEvenWhereVunitRateIsInExponentForm() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("cbr-XML_daily-2026-04-25.xml"));

		assertThat(Samples.value(rates, "IRR")).isCloseTo(Samples.usdPerUnit("53,9256", "1000000", "75,5273"),
				within(new BigDecimal("1e-15")));
	}

	@Test
	void dividesByTheNominalInTheOlderLayoutWithoutVunitRate() throws Exception {
		List<PublishedRate> rates = this.parser.parse(Samples.bytes("cbr-XML_daily-2021-01-29.xml"));

		assertThat(rates).first().extracting(PublishedRate::rateDate).isEqualTo(LocalDate.of(2021, 1, 29));
		assertThat(Samples.value(rates, "KZT")).isCloseTo(Samples.usdPerUnit("17,9602", "100", "76,1854"),
				within(new BigDecimal("1e-9")));
		assertThat(Samples.value(rates, "UZS")).isCloseTo(Samples.usdPerUnit("72,4268", "10000", "76,1854"),
				within(new BigDecimal("1e-11")));
		assertThat(Samples.value(rates, "TJS")).isCloseTo(Samples.usdPerUnit("66,8586", "10", "76,1854"),
				within(new BigDecimal("1e-9")));
		assertThat(rates).hasSize(34);
	}

	@Test
	void decodesWindows1251AsTheDeclarationSaysSoCyrillicNamesNextToValuesParse() throws Exception {
		byte[] original = Samples.bytes("cbr-XML_daily-2021-01-29.xml");
		String text = new String(original, Charset.forName("windows-1251"));
		assertThat(text).contains("<Name>Казахстанских тенге</Name><Value>17,9602</Value>");
		byte[] asUtf8 = text.replace("encoding=\"windows-1251\"", "encoding=\"UTF-8\"")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(this.parser.parse(original)).isEqualTo(this.parser.parse(asUtf8));
	}

}
