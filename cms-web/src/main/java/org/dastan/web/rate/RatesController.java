package org.dastan.web.rate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.dastan.core.rate.RateHistory;

/**
 * Shows today's rates and their recent history. Charts draw from data attributes, so the
 * page needs no inline script; the same figures are in a table for readers who cannot see
 * the chart.
 */
@Controller
class RatesController {

	static final int HISTORY_DAYS = 90;

	private final RateHistory history;

	RatesController(RateHistory history) {
		this.history = history;
	}

	@GetMapping("/rates")
	String rates(Model model) {
		model.addAttribute("currencies", this.history.lastDays(HISTORY_DAYS));
		model.addAttribute("historyDays", HISTORY_DAYS);
		return "rates/rates";
	}

}
