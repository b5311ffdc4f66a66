package org.dastan.core.rate.feed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every parser refuses broken and hostile variants of its real samples with a message
 * that names the bank and the problem.
 */
class BrokenFeedsTest {

	private static final String BILLION_LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
			+ "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
			+ "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
			+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
			+ "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
			+ "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
			+ "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
			+ "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
			+ "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
			+ "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

	private static final String XXE = "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

	record Sample(RateFeedParser parser, String file, String usdValue, String date, String usdCode) {

		byte[] bytes() {
			return Samples.bytes(this.file);
		}

		byte[] withUsdValue(String replacement) {
			return Samples.replace(bytes(), this.usdValue, replacement);
		}

		@Override
		public String toString() {
			return this.file;
		}

	}

	static Stream<Sample> samples() {
		return Stream.of(xml().toArray(Sample[]::new), json().toArray(Sample[]::new)).flatMap(Arrays::stream);
	}

	static Stream<Sample> xml() {
		return Stream.of(
				new Sample(new CbrDailyParser(), "cbr-XML_daily-2026-04-25.xml", "75,5273", "25.04.2026",
						"<CharCode>USD<"),
				new Sample(new CbrDailyParser(), "cbr-XML_daily-2021-01-29.xml", "76,1854", "29.01.2021",
						"<CharCode>USD<"),
				new Sample(new NbkRatesParser(), "nbk-rates_all-2016-04-18.xml", "334.41", "18.04.16", "<title>USD<"),
				new Sample(new NbkRatesParser(), "nbk-get_rates-2026-04-01.xml", "478.77", "01.04.2026", "<title>USD<"),
				new Sample(new NbkrDailyParser(), "nbkr-daily-2026-05-24.xml", "87,4500", "24.05.2026",
						"ISOCode=\"USD\""),
				new Sample(new NbkrDailyParser(), "nbkr-daily-2020-12-14.xml", "84,7999", "14.12.2020",
						"ISOCode=\"USD\""),
				new Sample(new NbtXmlParser(), "nbt-export_xml-2026-05-18.xml", "9.3450", "2026-05-18",
						"<CharCode>USD<"),
				new Sample(new NbtXmlParser(), "nbt-export_xml-2026-05-19.xml", "9.3371", "2026-05-19",
						"<CharCode>USD<"));
	}

	static Stream<Sample> json() {
		return Stream.of(
				new Sample(new CbuJsonParser(), "cbu-json-all-2026-04-01.json", "12194.21", "01.04.2026",
						"\"Ccy\":\"USD\""),
				new Sample(new CbuJsonParser(), "cbu-json-all-2026-04-02.json", "12142.10", "02.04.2026",
						"\"Ccy\":\"USD\""));
	}

	@ParameterizedTest
	@MethodSource("samples")
	void refusesEmptyBytes(Sample sample) {
		assertRefused(sample, new byte[0], "empty");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void refusesATruncatedDocument(Sample sample) {
		byte[] bytes = sample.bytes();
		assertRefused(sample, Arrays.copyOf(bytes, bytes.length / 2), "not");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void refusesAValueThatIsNotANumber(Sample sample) {
		assertRefused(sample, sample.withUsdValue("abc"), "USD");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void refusesAZeroValue(Sample sample) {
		assertRefused(sample, sample.withUsdValue("0,0000"), "not positive");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void refusesANegativeValue(Sample sample) {
		assertRefused(sample, sample.withUsdValue("-" + sample.usdValue()), "USD");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void refusesADocumentWithoutAUsdRate(Sample sample) {
		assertRefused(sample, Samples.replace(sample.bytes(), sample.usdCode(), sample.usdCode().replace("USD", "USX")),
				"no USD rate");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void refusesAnImpossibleDate(Sample sample) {
		String impossible = sample.date()
			.replaceFirst("^\\d\\d\\.\\d\\d", "31.02")
			.replaceFirst("-\\d\\d-\\d\\d$", "-02-31");
		assertRefused(sample, Samples.replace(sample.bytes(), sample.date(), impossible), "date");
	}

	@ParameterizedTest
	@MethodSource("samples")
	void refusesADocumentOverFiveMegabytesEvenIfValid(Sample sample) {
		byte[] bytes = sample.bytes();
		byte[] padded = Arrays.copyOf(bytes, 6 * 1024 * 1024);
		Arrays.fill(padded, bytes.length, padded.length, (byte) ' ');
		assertRefused(sample, padded, "limit");
	}

	@ParameterizedTest
	@MethodSource("xml")
	void refusesJsonWhereXmlIsExpected(Sample sample) {
		assertRefused(sample, Samples.bytes("cbu-json-all-2026-04-01.json"), "not well-formed XML");
	}

	@ParameterizedTest
	@MethodSource("xml")
	void refusesTheWrongBanksDocument(Sample sample) {
		byte[] other = Samples.bytes(sample.parser() instanceof NbkrDailyParser ? "cbr-XML_daily-2021-01-29.xml"
				: "nbkr-daily-2020-12-14.xml");
		assertRefused(sample, other, "root element");
	}

	@ParameterizedTest
	@MethodSource("xml")
	void refusesAnEntityExpansionDoctype(Sample sample) {
		byte[] hostile = Samples.replace(withDoctype(sample, BILLION_LAUGHS), sample.usdValue(), "&lol9;");
		assertRefused(sample, hostile, "DOCTYPE");
	}

	@ParameterizedTest
	@MethodSource("xml")
	void refusesAnExternalEntity(Sample sample) {
		byte[] hostile = Samples.replace(withDoctype(sample, XXE), sample.usdValue(), "&xxe;");
		assertRefused(sample, hostile, "DOCTYPE");
	}

	@ParameterizedTest
	@MethodSource("json")
	void refusesXmlWhereJsonIsExpected(Sample sample) {
		assertRefused(sample, Samples.bytes("nbkr-daily-2020-12-14.xml"), "not valid JSON");
	}

	@ParameterizedTest
	@MethodSource("json")
	void refusesJsonThatIsNotAListOfRates(Sample sample) {
		assertRefused(sample, "{\"Ccy\":\"USD\"}".getBytes(StandardCharsets.UTF_8), "not a JSON array");
	}

	private static byte[] withDoctype(Sample sample, String doctype) {
		String latin = new String(sample.bytes(), StandardCharsets.ISO_8859_1);
		int afterDeclaration = latin.indexOf("?>") + 2;
		return (latin.substring(0, afterDeclaration) + doctype + latin.substring(afterDeclaration))
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static void assertRefused(Sample sample, byte[] document, String problem) {
		assertThatExceptionOfType(RateFeedException.class).isThrownBy(() -> sample.parser().parse(document))
			.withMessageStartingWith(sample.parser().source() + ": ")
			.withMessageContaining(problem);
	}

}
