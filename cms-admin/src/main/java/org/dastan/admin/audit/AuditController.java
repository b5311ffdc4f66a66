package org.dastan.admin.audit;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.web.paging.PageNumber;

/**
 * The audit log for admins, newest first, filtered by user, kind, action, address and
 * days.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	private final NewsroomProperties newsroom;

	AuditController(AuditLog audit, NewsroomProperties newsroom) {
		this.audit = audit;
		this.newsroom = newsroom;
	}

	@GetMapping("/admin/audit")
	String list(@ModelAttribute("search") AuditSearch search, BindingResult binding,
			@RequestParam(required = false) String page, Model model) {
		Page<AuditRow> entries = this.audit
			.find(search.toFilter(this.newsroom.timeZone(), binding), PageNumber.parse(page).number() - 1, PAGE_SIZE)
			.map((entry) -> AuditRow.of(entry, this.newsroom.timeZone()));
		model.addAttribute("entries", entries);
		model.addAttribute("kinds", AuditKind.values());
		return "admin/audit/list";
	}

}
