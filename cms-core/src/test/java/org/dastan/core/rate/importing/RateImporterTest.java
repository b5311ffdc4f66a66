package org.dastan.core.rate.importing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.dastan.core.rate.PublishedRate;
import org.dastan.core.rate.feed.Bank;
import org.dastan.core.rate.feed.Samples;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.Rate;
import org.dastan.core.rate.internal.RateRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Imports every real sample over HTTP from a bank on the loopback interface into the real
 * database, and broken or hostile answers that must leave the stored rates as they were.
 */
@SpringBootTest(properties = { "dastan.rates.import-enabled=false", "dastan.rates.read-timeout=2s" })
class RateImporterTest {

	private static final BankServer bank = BankServer.start();

	private static final String NBT_18 = "nbt-export_xml-2026-05-18.xml";

	private static final String NBT_19 = "nbt-export_xml-2026-05-19.xml";

	@Autowired
	private RateImporter importer;

	@Autowired
	private RateRepository rates;

	@Autowired
	private CurrencyRepository currencies;

	@Autowired
	private RateImportRepository imports;

	record Sample(Bank bank, String file) {

		@Override
		public String toString() {
			return this.file;
		}

	}

	record Broken(String name, Function<byte[], URI> answer, String problem) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	@AfterAll
	static void stopBank() {
		bank.close();
	}

	@BeforeEach
	void followTheRegionsCurrencies() {
		deleteEverything();
		List<String> codes = List.of("KGS", "KZT", "TJS", "UZS", "TMT");
		for (int i = 0; i < codes.size(); i++) {
			this.currencies.save(new Currency(codes.get(i), codes.get(i), true, i + 1));
		}
	}

	@AfterEach
	void deleteEverything() {
		this.rates.deleteAll();
		this.imports.deleteAll();
		this.currencies.deleteAll();
	}

	static Stream<Sample> samples() {
		return Stream.of(new Sample(Bank.CBR, "cbr-XML_daily-2026-04-25.xml"),
				new Sample(Bank.CBR, "cbr-XML_daily-2021-01-29.xml"),
				new Sample(Bank.NBK, "nbk-rates_all-2016-04-18.xml"),
				new Sample(Bank.NBK, "nbk-get_rates-2026-04-01.xml"),
				new Sample(Bank.NBKR, "nbkr-daily-2026-05-24.xml"), new Sample(Bank.NBKR, "nbkr-daily-2020-12-14.xml"),
				new Sample(Bank.CBU, "cbu-json-all-2026-04-01.json"),
				new Sample(Bank.CBU, "cbu-json-all-2026-04-02.json"), new Sample(Bank.NBT, NBT_18),
				new Sample(Bank.NBT, NBT_19));
	}

	@ParameterizedTest
	@MethodSource("samples")
	void storesTheFollowedCurrenciesOfEveryRealSampleOnceAndAgainChangesNothing(Sample sample) throws Exception {
		byte[] document = Samples.bytes(sample.file());
		List<PublishedRate> followed = sample.bank()
			.parser()
			.parse(document)
			.stream()
			.filter((rate) -> this.currencies.existsById(rate.currency()))
			.toList();
		URI url = bank.serve("/" + sample.file(), document);

		RateImport first = this.importer.importFrom(sample.bank(), url, null);

		assertThat(first.isSucceeded()).as(first.getMessage()).isTrue();
		assertThat(first.getAdded()).isEqualTo(followed.size()).isPositive();
		assertThat(first.getRateDate()).isEqualTo(followed.get(0).rateDate());
		assertThat(this.rates.findAll()).hasSize(followed.size()).allSatisfy((rate) -> {
			assertThat(rate.getSource()).isEqualTo(sample.bank().name());
			PublishedRate parsed = followed.stream()
				.filter((candidate) -> candidate.currency().equals(rate.getCurrency()))
				.findFirst()
				.orElseThrow();
			assertThat(rate.getValue()).isEqualByComparingTo(parsed.value().setScale(Rate.SCALE, RoundingMode.HALF_UP));
			assertThat(rate.getRateDate()).isEqualTo(parsed.rateDate());
		});
		List<String> before = snapshot();

		RateImport second = this.importer.importFrom(sample.bank(), url, "editor");

		assertThat(second.isSucceeded()).isTrue();
		assertThat(second.getAdded()).isZero();
		assertThat(second.getUpdated()).isZero();
		assertThat(second.getUnchanged()).isEqualTo(followed.size());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void leavesOutCurrenciesTheNewsroomDoesNotFollow() {
		RateImport run = this.importer.importFrom(Bank.CBR,
				bank.serve("/cbr", Samples.bytes("cbr-XML_daily-2026-04-25.xml")), null);

		assertThat(run.getParsed()).isEqualTo(54);
		assertThat(this.rates.findAll()).extracting(Rate::getCurrency)
			.containsExactlyInAnyOrder("KGS", "KZT", "TJS", "UZS", "TMT");
	}

	@Test
	void takesAValueTheBankRevisedForTheSameDate() {
		this.importer.importFrom(Bank.NBT, bank.serve("/nbt", Samples.bytes(NBT_18)), null);
		byte[] revised = Samples.replace(Samples.bytes(NBT_18), "<Value>2.6700</Value>", "<Value>2.6800</Value>");

		RateImport run = this.importer.importFrom(Bank.NBT, bank.serve("/nbt", revised), null);

		assertThat(run.getUpdated()).isEqualTo(1);
		assertThat(run.getUnchanged()).isEqualTo(4);
		Rate manat = this.rates.findAll()
			.stream()
			.filter((rate) -> rate.getCurrency().equals("TMT"))
			.findFirst()
			.orElseThrow();
		assertThat(manat.getValue()).isCloseTo(
				new BigDecimal("2.68").divide(new BigDecimal("9.345"), MathContext.DECIMAL64),
				within(new BigDecimal("1e-11")));
	}

	static Stream<Broken> brokenAnswers() {
		return Stream.of(new Broken("empty", (good) -> bank.serve("/empty", new byte[0]), "empty"),
				new Broken("truncated", (good) -> bank.serve("/truncated", Arrays.copyOf(good, good.length / 2)),
						"not well-formed XML"),
				new Broken("entity expansion", (good) -> bank.serve("/lol", doctype(good, BILLION_LAUGHS, "&lol3;")),
						"DOCTYPE"),
				new Broken("external entity", (good) -> bank.serve("/xxe", doctype(good, XXE, "&xxe;")), "DOCTYPE"),
				new Broken("zero dollar", (good) -> bank.serve("/zero", Samples.replace(good, "9.3371", "0.0000")),
						"USD Value is not positive"),
				new Broken("negative dollar",
						(good) -> bank.serve("/negative", Samples.replace(good, "9.3371", "-9.3371")),
						"USD Value is not a number"),
				new Broken("HTML error page",
						(good) -> bank.serve("/html",
								"<html><body><h1>Service unavailable</h1></body></html>"
									.getBytes(StandardCharsets.UTF_8)),
						"root element"),
				new Broken("JSON instead of XML",
						(good) -> bank.serve("/json", Samples.bytes("cbu-json-all-2026-04-01.json")),
						"not well-formed XML"),
				new Broken("server error", (good) -> bank.serve("/500", 500, good), "answered HTTP 500"),
				new Broken("six megabytes", (good) -> bank.serve("/huge", padded(good, 6 * 1024 * 1024)),
						"more than the limit"),
				new Broken("unreachable", (good) -> BankServer.unreachable(), "could not fetch"),
				new Broken("silent server",
						(good) -> bank.serveWhenReleased("/silent", good, new CountDownLatch(1), new CountDownLatch(1)),
						"Read timed out"),
				new Broken("a byte now and then", (good) -> bank.serveSlowly("/drip", good, Duration.ofMillis(200)),
						"took longer than 2 s"),
				// TJS, UZS, KGS and KZT come first and are written before TMT's value
				// overflows the column: the transaction must take them back.
				new Broken("value too large to store",
						(good) -> bank.serve("/overflow",
								Samples.replace(good, "<Value>2.6677</Value>", "<Value>999999999999999</Value>")),
						"could not be stored"));
	}

	@ParameterizedTest
	@MethodSource("brokenAnswers")
	void aFailedRunStoresNothingAndSaysWhyInTheLog(Broken broken) {
		this.importer.importFrom(Bank.NBT, bank.serve("/good", Samples.bytes(NBT_18)), null);
		List<String> before = snapshot();

		RateImport run = this.importer.importFrom(Bank.NBT, broken.answer().apply(Samples.bytes(NBT_19)), null);

		assertThat(run.isSucceeded()).isFalse();
		assertThat(run.getMessage()).startsWith("NBT: ").contains(broken.problem());
		assertThat(run.getAdded() + run.getUpdated() + run.getUnchanged()).isZero();
		assertThat(snapshot()).isEqualTo(before);
		assertThat(this.imports.findBySourceOrderByIdAsc("NBT")).extracting(RateImport::isSucceeded)
			.containsExactly(true, false);
	}

	private List<String> snapshot() {
		return this.rates.findAll()
			.stream()
			.sorted(Comparator.comparing(Rate::getId))
			.map((rate) -> rate.getId() + " " + rate.getCurrency() + " " + rate.getRateDate() + " "
					+ rate.getValue().toPlainString() + " " + rate.getSource() + " " + rate.getFetchedAt())
			.toList();
	}

	private static final String BILLION_LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
			+ "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
			+ "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
			+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";

	private static final String XXE = "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

	private static byte[] doctype(byte[] document, String doctype, String entity) {
		String text = new String(document, StandardCharsets.UTF_8).replace("9.3371", entity);
		int afterDeclaration = text.indexOf("?>") + 2;
		return (text.substring(0, afterDeclaration) + doctype + text.substring(afterDeclaration))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] padded(byte[] document, int size) {
		byte[] padded = Arrays.copyOf(document, size);
		Arrays.fill(padded, document.length, size, (byte) ' ');
		return padded;
	}

}
