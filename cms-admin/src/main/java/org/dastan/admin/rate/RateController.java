package org.dastan.admin.rate;

import java.security.Principal;

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
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.rate.Currency;
import org.dastan.core.rate.CurrencyService;
import org.dastan.core.rate.RateBook;
import org.dastan.web.error.NotFoundException;
import org.dastan.web.listing.PageNumber;

/**
 * The currencies with links to each one's rate history, newest first, where an editor
 * enters or corrects a rate by hand. A manual rate wins over the imported ones of its
 * date.
 */
@Controller
@RequestMapping("/admin/rates")
class RateController {

	private final CurrencyService currencies;

	private final RateBook book;

	RateController(CurrencyService currencies, RateBook book) {
		this.currencies = currencies;
		this.book = book;
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
			Principal editor, Model model, RedirectAttributes redirect) {
		currency(code);
		if (!binding.hasErrors()) {
			try {
				this.book.correct(code, form.getDate(), form.toValue(), editor.getName());
				redirect.addFlashAttribute("flash", "admin.rates.corrected");
				return "redirect:/admin/rates/" + code;
			}
			catch (RejectedEditException ex) {
				EditErrors.reject(binding, ex);
			}
		}
		return historyPage(code, null, model);
	}

	private String historyPage(String code, String page, Model model) {
		model.addAttribute("currency", currency(code));
		model.addAttribute("rates", this.book.history(code, PageNumber.parse(page).number() - 1));
		return "admin/rate/history";
	}

	private Currency currency(String code) {
		return this.book.currency(code).orElseThrow(() -> new NotFoundException("Currency"));
	}

}
