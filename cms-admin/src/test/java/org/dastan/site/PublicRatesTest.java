package org.dastan.site;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.Rate;
import org.dastan.core.rate.internal.RateRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers see of the rates: stale rates marked in words in the ticker, in English
 * and Russian, charts of exactly the days their headings name, and the CSV download, safe
 * to open in a spreadsheet.
 */
@SpringBootTest(properties = "dastan.rates.stale-after-days=3")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicRatesTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CurrencyRepository currencies;

	@Autowired
	private RateRepository rates;

	@BeforeEach
	void twoCurrenciesOneStale() {
		this.currencies.save(new Currency("KZT", "Kazakh tenge", true, 1));
		this.currencies.save(new Currency("TMT", "=HYPERLINK(\"http://evil.example\",\"manat\")", true, 2));
		this.rates.save(rate("KZT", TODAY, "0.00196"));
		this.rates.save(rate("KZT", TODAY.minusDays(1), "0.00195"));
		this.rates.save(rate("TMT", TODAY.minusDays(4), "0.28571"));
	}

	@AfterEach
	void deleteEverything() {
		this.rates.deleteAll();
		this.currencies.deleteAll();
	}

	@Test
	void tickerMarksOnlyTheRateOlderThanTheAllowedDays() {
		String stale = "old rate of " + TODAY.minusDays(4).getDayOfMonth() + " ";
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("ticker-item ticker-flat ticker-stale");
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("class=\"ticker-stale-note\">" + stale)
			.contains("ticker-item ticker-up\"");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "ru")).bodyText()
			.contains("class=\"ticker-stale-note\">устаревший курс на " + TODAY.minusDays(4).getDayOfMonth() + " ");
		assertThat(this.mvc.get().uri("/rates")).bodyText()
			.containsOnlyOnce("badge text-bg-warning ms-1\">stale<")
			.contains("href=\"/rates.csv\"");
	}

	@Test
	void downloadsTheRatesAsCsvWithFormulasNeutralised() {
		assertThat(this.mvc.get().uri("/rates.csv")).hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dastan-rates.csv\"")
			.bodyText()
			.isEqualTo("date,currency,name,base,value\r\n" + TODAY.minusDays(1)
					+ ",KZT,Kazakh tenge,USD,0.001950000000\r\n" + TODAY + ",KZT,Kazakh tenge,USD,0.001960000000\r\n"
					+ TODAY.minusDays(4)
					+ ",TMT,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"manat\"\")\",USD,0.285710000000\r\n");
	}

	@Test
	void chartsCoverExactlyTheDaysTheirHeadingSaysWithPlainDecimals() throws Exception {
		this.currencies.save(new Currency("UZS", "Uzbek sum", true, 3));
		for (int daysAgo : new int[] { 90, 89, 1, 0 }) {
			this.rates.save(rate("UZS", TODAY.minusDays(daysAgo), "0.0000798"));
		}

		String page = this.mvc.get().uri("/rates").exchange().getResponse().getContentAsString();
		Matcher uzs = Pattern.compile("(?s)<h2[^>]*>UZS over the last 90 days</h2>\\s*<figure>(.*?)</figure>")
			.matcher(page);
		assertThat(uzs.find()).as(page).isTrue();
		String chart = uzs.group(1);
		// One point per rate date, placed by date: day 0, day 88 and day 89 of 89.
		Matcher line = Pattern.compile("<polyline [^>]*points=\"([^\"]*)\"").matcher(chart);
		assertThat(line.find()).as(chart).isTrue();
		assertThat(line.group(1).split(" ")).extracting((point) -> point.split(",")[0])
			.containsExactly("0", "988.8", "1000");
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
		assertThat(texts(chart, "start")).containsExactly(day.format(TODAY.minusDays(89)));
		assertThat(texts(chart, "end")).containsExactly(day.format(TODAY));
		assertThat(texts(chart, null)).isNotEmpty().allSatisfy((value) -> assertThat(value).matches("0\\.0000\\d+"));
		assertThat(this.mvc.get().uri("/rates.csv")).bodyText()
			.contains(TODAY.minusDays(89) + ",UZS")
			.doesNotContain(TODAY.minusDays(90).toString());
	}

	/**
	 * The texts of a chart's day marks anchored so, or of its value labels (no anchor).
	 */
	private static List<String> texts(String chart, String anchor) {
		String attribute = (anchor != null) ? " text-anchor=\"" + anchor + "\"" : "";
		return Pattern.compile("<text x=\"[^\"]*\" y=\"[^\"]*\"" + attribute + ">([^<]*)</text>")
			.matcher(chart)
			.results()
			.map((match) -> match.group(1))
			.toList();
	}

	private static Rate rate(String currency, LocalDate date, String value) {
		return new Rate(currency, "USD", date, new BigDecimal(value), "NBK", Instant.now());
	}

}
