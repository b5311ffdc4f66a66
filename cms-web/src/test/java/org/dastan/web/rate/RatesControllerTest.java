package org.dastan.web.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.rate.RateHistory;
import org.dastan.core.rate.RateHistory.CurrencyHistory;
import org.dastan.core.rate.RateHistory.RatePoint;
import org.dastan.core.rate.TickerEntry;
import org.dastan.web.PublicPageTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@PublicPageTest(RatesController.class)
class RatesControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private RateHistory history;

	@Test
	void showsTodaysRatesWithTheirMoveAndTheHistoryAsChartAndTable() {
		TickerEntry tenge = new TickerEntry("KZT", "USD", LocalDate.of(2026, 1, 10), new BigDecimal("0.00196"),
				new BigDecimal("0.00195"), false);
		TickerEntry somoni = new TickerEntry("TJS", "USD", LocalDate.of(2026, 1, 8), new BigDecimal("0.10729"),
				new BigDecimal("0.10769"), true);
		given(this.history.lastDays(90)).willReturn(List.of(
				new CurrencyHistory("KZT", "Kazakh tenge", tenge,
						List.of(new RatePoint(LocalDate.of(2026, 1, 9), new BigDecimal("0.00195")),
								new RatePoint(LocalDate.of(2026, 1, 10), new BigDecimal("0.00196")))),
				new CurrencyHistory("TJS", "Tajik somoni", somoni, List.of())));

		assertThat(this.mvc.get().uri("/rates")).hasStatusOk()
			.bodyText()
			.contains("<title>Exchange rates | Dastan</title>", "<h1>Exchange rates</h1>")
			.contains("<a href=\"/rates.csv\" download>Download the rates of the last 90 days (CSV)</a>")
			.containsPattern("(?s)<tr class=\"ticker-up\">\\s*<th scope=\"row\"><span>KZT</span> "
					+ "<span class=\"fw-normal text-body-secondary\">Kazakh tenge</span></th>\\s*"
					+ "<td class=\"text-end\">0.00196</td>\\s*<td class=\"text-end ticker-change\">\\+0.51%</td>")
			.containsPattern("(?s)<tr class=\"ticker-down\">.*?-0.37%.*?8 January 2026.*?>stale</span>")
			// The chart is drawn on the page, with no script; the table repeats its
			// figures.
			.containsPattern(
					"(?s)<h2 class=\"h4\">KZT over the last 90 days</h2>\\s*<figure>\\s*<svg class=\"rate-chart\" "
							+ "role=\"img\"[^>]*aria-label=\"Chart of the Kazakh tenge against the US dollar\">.*?"
							+ "<text x=\"0\" y=\"16\">0.001960</text>.*?<polyline class=\"rate-chart-line\" "
							+ "points=\"0,[0-9.]+ 1000,[0-9.]+\"></polyline>.*?"
							+ "<text x=\"0%\" y=\"204\" text-anchor=\"start\">9 Jan</text>"
							+ "<text x=\"100%\" y=\"204\" text-anchor=\"end\">10 Jan</text>")
			.contains("<td>9 January 2026</td>")
			.doesNotContainPattern("<script[^>]+src=")
			.doesNotContain("No exchange rates have been published yet.");
	}

	@Test
	void saysSoBeforeAnyRateIsPublished() {
		given(this.history.lastDays(90)).willReturn(List.of());

		assertThat(this.mvc.get().uri("/rates")).hasStatusOk()
			.bodyText()
			.contains("No exchange rates have been published yet.")
			.doesNotContain("rates.csv", "<table");
	}

	@Test
	void offersTheFiguresAsACsvDownload() {
		TickerEntry tenge = new TickerEntry("KZT", "USD", LocalDate.of(2026, 1, 10), new BigDecimal("0.00196"), null,
				false);
		given(this.history.lastDays(90)).willReturn(List.of(new CurrencyHistory("KZT", "Kazakh tenge", tenge,
				List.of(new RatePoint(LocalDate.of(2026, 1, 10), new BigDecimal("0.00196"))))));

		assertThat(this.mvc.get().uri("/rates.csv")).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"dastan-rates.csv\"")
			.bodyText()
			.isEqualTo("date,currency,name,base,value\r\n2026-01-10,KZT,Kazakh tenge,USD,0.00196\r\n");
	}

}
