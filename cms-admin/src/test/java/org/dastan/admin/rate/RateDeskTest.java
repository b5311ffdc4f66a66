package org.dastan.admin.rate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.audit.AuditEntryView;
import org.dastan.core.audit.AuditFilter;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.rate.Ticker;
import org.dastan.core.rate.TickerEntry;
import org.dastan.core.rate.importing.RateImportRepository;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.Rate;
import org.dastan.core.rate.internal.RateRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The rates desk on the real database: who may use it, errors next to the fields with the
 * editor's input kept, corrections the ticker follows (a value far from the last rate
 * only once confirmed) and the audit log records, the ticker's order, and "import now"
 * against a bank on the loopback interface.
 */
@SpringBootTest(properties = { "dastan.rates.sources.cbr.enabled=false", "dastan.rates.sources.nbk.enabled=false",
		"dastan.rates.sources.nbkr.enabled=false", "dastan.rates.sources.cbu.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RateDeskTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

	private static final LoopbackBank bank = LoopbackBank.nbt();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CurrencyRepository currencies;

	@Autowired
	private RateRepository rates;

	@Autowired
	private RateImportRepository imports;

	@Autowired
	private Ticker ticker;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuditLog audit;

	@DynamicPropertySource
	static void tajikBank(DynamicPropertyRegistry registry) {
		bank.register(registry);
	}

	@AfterAll
	static void stopBank() {
		bank.stop();
	}

	@BeforeEach
	void threeCurrencies() {
		this.currencies.save(new Currency("KZT", "Kazakh tenge", true, 1));
		this.currencies.save(new Currency("TJS", "Tajik somoni", true, 2));
		this.currencies.save(new Currency("TMT", "Turkmen manat", true, 3));
		this.rates.save(new Rate("KZT", "USD", TODAY, new BigDecimal("0.00196"), "NBK", Instant.now()));
	}

	@AfterEach
	void deleteEverything() {
		this.jdbc.update("delete from shedlock");
		// Another test's confirmed correction may fall in the second an audit check looks
		// back over.
		this.jdbc.update("delete from audit_entries");
		this.rates.deleteAll();
		this.imports.deleteAll();
		this.currencies.deleteAll();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/rates", "/admin/rates/KZT", "/admin/rates/imports", "/admin/currencies" })
	void sendsAnonymousVisitorsToTheLoginPage(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/rates", "/admin/rates/KZT", "/admin/rates/imports", "/admin/currencies" })
	@WithMockUser(roles = "AUTHOR")
	void forbidsAuthorsThePages(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/rates/KZT", "/admin/rates/imports", "/admin/currencies",
			"/admin/currencies/TMT/move-up", "/admin/currencies/KZT/hide" })
	@WithMockUser(roles = "AUTHOR")
	void forbidsAuthorsTheChanges(String action) {
		assertThat(this.mvc.post().uri(action).with(csrf()).param("date", TODAY.toString()).param("value", "1"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertNothingChanged();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/rates/KZT", "/admin/rates/imports", "/admin/currencies",
			"/admin/currencies/TMT/move-up", "/admin/currencies/KZT/hide" })
	@WithMockUser(roles = "EDITOR")
	void refusesChangesWithoutTheCsrfToken(String action) {
		assertThat(this.mvc.post().uri(action).param("date", TODAY.toString()).param("value", "1").param("code", "EUR"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertNothingChanged();
	}

	@Test
	@WithMockUser(username = "dana", roles = "EDITOR")
	void aCorrectionWithACommaWinsInTheTickerAndRecordsWhoAndWhen() {
		assertThat(this.mvc.post()
			.uri("/admin/rates/KZT")
			.with(csrf())
			.param("date", TODAY.toString())
			.param("value", " 0,00201 ")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/rates/KZT");

		TickerEntry kzt = this.ticker.entries().get(0);
		assertThat(kzt.value()).isEqualByComparingTo("0.00201");
		Rate manual = this.rates.findByCurrencyAndBaseCurrencyAndRateDateAndSource("KZT", "USD", TODAY, Rate.MANUAL)
			.orElseThrow();
		assertThat(manual.getCorrectedBy()).isEqualTo("dana");
		assertThat(manual.getCorrectedAt()).isAfter(Instant.now().minusSeconds(60));
		assertThat(this.rates.count()).isEqualTo(2);

		assertThat(this.mvc.get().uri("/admin/rates/KZT")).hasStatusOk()
			.bodyText()
			.contains("0.00201", "By hand", "by dana at ", "0.00196", "NBK");

		this.mvc.post()
			.uri("/admin/rates/KZT")
			.with(csrf())
			.param("date", TODAY.toString())
			.param("value", "0.002")
			.exchange();
		assertThat(this.ticker.entries().get(0).value()).isEqualByComparingTo("0.002");
		assertThat(this.rates.count()).isEqualTo(2);
	}

	@Test
	@WithMockUser(username = "dana", roles = "EDITOR")
	void asksToConfirmAValueFarFromTheLastRateAndLeavesTheTickerAloneUntilThen() {
		this.rates.save(new Rate("KZT", "USD", TODAY.minusDays(1), new BigDecimal("0.00196"), "NBK", Instant.now()));

		MvcTestResult perDollar = correct(TODAY.toString(), "508.2");
		assertFieldError(perDollar, "value", "508.2",
				"This is 25,928,471.4% above the last rate, 0.00196 on " + TODAY.minusDays(1).getDayOfMonth() + " ");
		assertThat(perDollar).bodyText()
			.contains("If 508.2 is KZT per US dollar, one KZT is 0.00197 US dollars.")
			.containsPattern("<button [^>]*name=\"confirmedValue\"[^>]*value=\"508.2\"[^>]*>Save this value anyway<");
		assertThat(this.ticker.entries().get(0).value()).isEqualByComparingTo("0.00196");
		assertThat(this.rates.count()).isEqualTo(2);

		// Confirming a value other than the one warned about asks again.
		assertThat(confirm("508.3", "508.2")).hasStatusOk().bodyText().contains("above the last rate");
		assertThat(this.rates.count()).isEqualTo(2);

		assertThat(confirm("508.2", " 508.2")).hasStatus(HttpStatus.FOUND);
		assertThat(this.ticker.entries().get(0).value()).isEqualByComparingTo("508.2");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void savesAChangeUpToTheConfiguredShareAtOnceAndWarnsAboveItInBothLanguages() {
		this.rates.save(new Rate("KZT", "USD", TODAY.minusDays(1), new BigDecimal("0.002"), "NBK", Instant.now()));

		assertThat(correct(TODAY.toString(), "0.0024")).hasStatus(HttpStatus.FOUND);
		assertThat(correct(TODAY.toString(), "0.00241")).hasStatusOk().bodyText().contains("20.5% above the last rate");
		assertThat(correct(TODAY.toString(), "0.0016")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/admin/rates/KZT")
			.with(csrf())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
			.param("date", TODAY.toString())
			.param("value", "0,00002")).hasStatusOk()
			.bodyText()
			.contains("Это на 99% ниже последнего курса 0,002 на " + TODAY.minusDays(1).getDayOfMonth() + " ")
			.contains(">Всё равно сохранить это значение<");
		assertThat(this.ticker.entries().get(0).value()).isEqualByComparingTo("0.0016");
	}

	@Test
	@WithMockUser(username = "dana", roles = "EDITOR")
	void recordsTheOldAndNewValueOfEveryCorrectionInTheAuditLog() {
		Instant start = Instant.now().minusSeconds(1);
		correct(TODAY.toString(), "0.00197");
		correct(TODAY.toString(), "0,00198");
		correct(TODAY.plusDays(1).toString(), "0.00199");
		correct(TODAY.toString(), "508.2");

		assertThat(this.audit.find(new AuditFilter("dana", AuditKind.CHANGE, "rates.value.change", null, start, null),
				0, 10))
			.extracting(AuditEntryView::target, AuditEntryView::outcome)
			.containsExactly(tuple("KZT/USD on " + TODAY.plusDays(1), "none -> 0.00199"),
					tuple("KZT/USD on " + TODAY, "0.00197 -> 0.00198"),
					tuple("KZT/USD on " + TODAY, "0.00196 -> 0.00197"));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsWhatIsWrongWithARateNextToTheFieldKeepingTheInput() {
		assertFieldError(correct(TODAY.toString(), "1.2.3"), "value", "1.2.3", "Enter a number such as 0.00196");
		assertFieldError(correct(TODAY.toString(), "=1+1"), "value", "=1+1", "Enter a number such as 0.00196");
		assertFieldError(correct(TODAY.toString(), "0,0"), "value", "0,0", "A rate must be more than zero.");
		assertFieldError(correct(TODAY.toString(), ""), "value", "", "Fill this in.");
		assertFieldError(correct("next week", "0.002"), "date", "next week", "Enter a date as yyyy-mm-dd.");
		assertFieldError(correct(TODAY.plusDays(2).toString(), "0.002"), "date", TODAY.plusDays(2).toString(),
				"Rates can be entered up to tomorrow");
		assertThat(this.rates.count()).isEqualTo(1);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void answersAnUnknownCurrencyWithNotFound() {
		assertThat(this.mvc.get().uri("/admin/rates/XXX")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/admin/rates/XXX")
			.with(csrf())
			.param("date", TODAY.toString())
			.param("value", "1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/admin/currencies/XXX/move-up").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void reordersAndHidesCurrenciesInTheTicker() {
		this.rates.save(new Rate("TJS", "USD", TODAY, new BigDecimal("0.107"), "NBT", Instant.now()));
		this.rates.save(new Rate("TMT", "USD", TODAY, new BigDecimal("0.28571"), "CBR", Instant.now()));

		this.mvc.post().uri("/admin/currencies/TMT/move-up").with(csrf()).exchange();
		this.mvc.post().uri("/admin/currencies/TMT/move-up").with(csrf()).exchange();
		this.mvc.post().uri("/admin/currencies/TJS/hide").with(csrf()).exchange();

		assertThat(this.ticker.entries()).extracting(TickerEntry::currency).containsExactly("TMT", "KZT");
		assertThat(this.mvc.get().uri("/admin/currencies")).bodyText()
			.contains("aria-label=\"Move TMT up\" disabled", "Hidden", "aria-label=\"Show TJS in the ticker\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void addsACurrencyByItsCodeOrSaysWhyNotNextToTheField() {
		assertFieldError(addCurrency("kz", "Tenge"), "code", "kz", "three-letter ISO 4217 code");
		assertFieldError(addCurrency("kzt", "Tenge again"), "code", "kzt", "already follows KZT");
		assertThat(addCurrency("", "")).bodyText().contains("name-error");

		assertThat(addCurrency(" eur ", "Euro")).hasStatus(HttpStatus.FOUND);
		assertThat(this.currencies.findById("EUR")).hasValueSatisfying((euro) -> {
			assertThat(euro.getName()).isEqualTo("Euro");
			assertThat(euro.getPosition()).isEqualTo(4);
		});
	}

	private MvcTestResult correct(String date, String value) {
		return this.mvc.post()
			.uri("/admin/rates/KZT")
			.with(csrf())
			.param("date", date)
			.param("value", value)
			.exchange();
	}

	private MvcTestResult confirm(String value, String confirmedValue) {
		return this.mvc.post()
			.uri("/admin/rates/KZT")
			.with(csrf())
			.param("date", TODAY.toString())
			.param("value", value)
			.param("confirmedValue", confirmedValue)
			.exchange();
	}

	private MvcTestResult addCurrency(String code, String name) {
		return this.mvc.post().uri("/admin/currencies").with(csrf()).param("code", code).param("name", name).exchange();
	}

	private static void assertFieldError(MvcTestResult result, String field, String kept, String message) {
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"" + field + "\"", "value=\"" + kept + "\"", "aria-invalid=\"true\"")
			.containsPattern("id=\"" + field + "-error\">[^<]*" + Pattern.quote(message));
	}

	private void assertNothingChanged() {
		assertThat(this.rates.count()).isEqualTo(1);
		assertThat(this.imports.count()).isZero();
		assertThat(this.currencies.findAll())
			.extracting(Currency::getCode, Currency::getPosition, Currency::isShownInTicker)
			.containsExactlyInAnyOrder(tuple("KZT", 1, true), tuple("TJS", 2, true), tuple("TMT", 3, true));
	}

}
