package org.dastan.admin.rate;

import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.edit.EditErrors;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.rate.Currencies;
import org.dastan.core.rate.CurrencyView;
import org.dastan.core.rate.RateBook;
import org.dastan.core.rate.RateJumpException;
import org.dastan.web.error.NotFoundException;
import org.dastan.web.paging.PageNumber;

/**
 * The currencies with links to each one's rate history, newest first, where an editor
 * enters or corrects a rate by hand. A manual rate wins over the imported ones of its
 * date; one far from the last rate comes back with a warning and a button that saves it
 * anyway.
 */
@Controller
@RequestMapping("/admin/rates")
class RateController {

	private static final DateTimeFormatter LAST_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final Currencies currencies;

	private final RateBook book;

	private final NewsroomProperties newsroom;

	RateController(Currencies currencies, RateBook book, NewsroomProperties newsroom) {
		this.currencies = currencies;
		this.book = book;
		this.newsroom = newsroom;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("currencies", this.currencies.list());
		return "admin/rate/overview";
	}

	@GetMapping("/{code}")
	String history(@PathVariable String code, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("rate", new RateForm());
		return historyPage(code, page, model);
	}

	@PostMapping("/{code}")
	String correct(@PathVariable String code, @Valid @ModelAttribute("rate") RateForm form, BindingResult binding,
			Principal editor, Locale locale, Model model, RedirectAttributes redirect) {
		currency(code);
		if (!binding.hasErrors()) {
			try {
				this.book.correct(form.toCommand(code, editor.getName()));
				redirect.addFlashAttribute("flash", "admin.rates.corrected");
				return "redirect:/admin/rates/" + code;
			}
			catch (RateJumpException ex) {
				binding.rejectValue("value", ex.code(), jumpArguments(ex, locale), null);
				model.addAttribute("confirmValue", form.getValue());
			}
			catch (RejectedEditException ex) {
				EditErrors.reject(binding, ex);
			}
		}
		return historyPage(code, null, model);
	}

	// The date as readers of the site see dates (2 December 2026), the numbers left to
	// the message's number formats.
	private static Object[] jumpArguments(RateJumpException ex, Locale locale) {
		return new Object[] { ex.percent().abs(), ex.lastValue(), LAST_DATE.withLocale(locale).format(ex.lastDate()),
				ex.currency(), ex.value(), ex.inverse() };
	}

	private String historyPage(String code, String page, Model model) {
		model.addAttribute("currency", currency(code));
		model.addAttribute("base", this.newsroom.tickerBase());
		model.addAttribute("rates", this.book.history(code, PageNumber.parse(page).number() - 1));
		return "admin/rate/history";
	}

	private CurrencyView currency(String code) {
		return this.currencies.find(code).orElseThrow(() -> new NotFoundException("Currency"));
	}

}
