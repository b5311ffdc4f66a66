package org.dastan.admin.rate;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.dastan.core.rate.RateImports;
import org.dastan.web.paging.PageNumber;

/**
 * The import log, newest run first, and "import now", which starts the import in the
 * background under the same lock as the schedule; the log says while it runs and shows
 * what each source did when it ends.
 */
@Controller
@RequestMapping("/admin/rates/imports")
class RateImportController {

	private static final int PAGE_SIZE = 25;

	private final RateImports imports;

	private final ImportsInBackground background;

	RateImportController(RateImports imports, ImportsInBackground background) {
		this.imports = imports;
		this.background = background;
	}

	@GetMapping
	String log(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("imports", this.imports.log(PageNumber.parse(page).number() - 1, PAGE_SIZE));
		model.addAttribute("running", this.background.running());
		this.background.lastOutcome().ifPresent((outcome) -> {
			model.addAttribute(outcome.busy() ? "busy" : "finished", true);
			outcome.runs().ifPresent((runs) -> model.addAttribute("justRun", runs));
		});
		return "admin/rate/imports";
	}

	@PostMapping
	String importNow(Principal editor) {
		// A press while this node's import still runs changes nothing: the log says it
		// runs.
		this.background.start(editor.getName());
		return "redirect:/admin/rates/imports";
	}

}
