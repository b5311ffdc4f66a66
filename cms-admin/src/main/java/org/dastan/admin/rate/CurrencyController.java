package org.dastan.admin.rate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.admin.edit.EditErrors;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.rate.Currencies;
import org.dastan.core.rate.MoveCurrency;
import org.dastan.core.rate.ShowCurrency;

/**
 * The currencies the newsroom follows: add one by its code, show or hide it in the
 * ticker, and move it up or down the ticker's order.
 */
@Controller
@RequestMapping("/admin/currencies")
class CurrencyController {

	private static final String LIST = "admin/rate/currencies";

	private static final String TO_LIST = "redirect:/admin/currencies";

	private final Currencies currencies;

	CurrencyController(Currencies currencies) {
		this.currencies = currencies;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("currency", new CurrencyForm());
		return list(model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("currency") CurrencyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.currencies.add(form.toCommand());
				redirect.addFlashAttribute("flash", "admin.currencies.added");
				return TO_LIST;
			}
			catch (RejectedEditException ex) {
				EditErrors.reject(binding, ex);
			}
		}
		return list(model);
	}

	@PostMapping("/{code}/move-up")
	String moveUp(@PathVariable String code) {
		this.currencies.move(MoveCurrency.up(code));
		return TO_LIST + "#ticker";
	}

	@PostMapping("/{code}/move-down")
	String moveDown(@PathVariable String code) {
		this.currencies.move(MoveCurrency.down(code));
		return TO_LIST + "#ticker";
	}

	@PostMapping("/{code}/show")
	String show(@PathVariable String code, RedirectAttributes redirect) {
		this.currencies.show(new ShowCurrency(code, true));
		redirect.addFlashAttribute("flash", "admin.currencies.shown-done");
		return TO_LIST;
	}

	@PostMapping("/{code}/hide")
	String hide(@PathVariable String code, RedirectAttributes redirect) {
		this.currencies.show(new ShowCurrency(code, false));
		redirect.addFlashAttribute("flash", "admin.currencies.hidden-done");
		return TO_LIST;
	}

	private String list(Model model) {
		model.addAttribute("currencies", this.currencies.list());
		return LIST;
	}

}
