package org.dastan.admin.article;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dastan.core.article.LeadStories;

/**
 * Editors put an article on top of the front page, or take it off, from the article list:
 * a placement rather than an edit, so it is not a button of the editor form, where it
 * would leave unsaved text behind. Editors only (see SecurityConfiguration).
 */
@Controller
class LeadStoryController {

	private final LeadStories leads;

	LeadStoryController(LeadStories leads) {
		this.leads = leads;
	}

	@PostMapping("/admin/articles/{id}/lead")
	String setLead(@PathVariable long id, @RequestParam boolean lead, RedirectAttributes redirect) {
		this.leads.setLead(id, lead);
		redirect.addFlashAttribute("flash", lead ? "admin.articles.lead.made" : "admin.articles.lead.taken-off");
		return "redirect:/admin/articles";
	}

}
