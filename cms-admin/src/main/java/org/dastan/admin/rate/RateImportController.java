package org.dastan.admin.rate;

import java.security.Principal;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.core.rate.importing.RateImport;
import org.dastan.core.rate.importing.RateImportJob;
import org.dastan.core.rate.importing.RateImportRepository;
import org.dastan.web.listing.PageNumber;

/**
 * The import log, newest run first, and "import now", which runs under the same lock as
 * the schedule and shows what each source did.
 */
@Controller
@RequestMapping("/admin/rates/imports")
class RateImportController {

	private static final int PAGE_SIZE = 25;

	private final RateImportRepository imports;

	private final RateImportJob job;

	RateImportController(RateImportRepository imports, RateImportJob job) {
		this.imports = imports;
		this.job = job;
	}

	@GetMapping
	String log(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("imports", this.imports
			.findAllByOrderByStartedAtDescIdDesc(PageRequest.of(PageNumber.parse(page).number() - 1, PAGE_SIZE)));
		return "admin/rate/imports";
	}

	@PostMapping
	String importNow(Principal editor, RedirectAttributes redirect) {
		this.job.runOnce(editor.getName()).ifPresentOrElse((runs) -> {
			redirect.addFlashAttribute("flash", "admin.imports.done");
			redirect.addFlashAttribute("justRun", runs.stream().map(RateImport::getId).toList());
		}, () -> redirect.addFlashAttribute("busy", true));
		return "redirect:/admin/rates/imports";
	}

}
