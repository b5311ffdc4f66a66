package org.dastan.web.rate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.dastan.core.rate.RateHistory;
import org.dastan.core.rate.RateHistory.CurrencyHistory;

/**
 * Shows today's rates and their recent history. The charts are drawn on the server (see
 * {@link RateChart}), so the page needs no script; the same figures are in a table for
 * readers who cannot see the chart, and in a CSV download.
 */
@Controller
class RatesController {

	static final int HISTORY_DAYS = 90;

	private final RateHistory history;

	RatesController(RateHistory history) {
		this.history = history;
	}

	@GetMapping("/rates")
	String rates(Model model, Locale locale) {
		List<CurrencyHistory> currencies = this.history.lastDays(HISTORY_DAYS);
		Map<String, RateChart> charts = currencies.stream()
			.collect(Collectors.toMap(CurrencyHistory::code, (currency) -> RateChart.of(currency.points(), locale)));
		model.addAttribute("currencies", currencies);
		model.addAttribute("charts", charts);
		model.addAttribute("historyDays", HISTORY_DAYS);
		return "rates/rates";
	}

	@GetMapping("/rates.csv")
	ResponseEntity<String> csv() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("dastan-rates.csv").build().toString())
			.body(RatesCsv.of(this.history.lastDays(HISTORY_DAYS)));
	}

}
