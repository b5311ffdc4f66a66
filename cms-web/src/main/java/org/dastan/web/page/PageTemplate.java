package org.dastan.web.page;

import org.springframework.ui.Model;

import org.dastan.core.page.PublicPage;

/**
 * The one template a static page renders with, for readers and for the admin's preview
 * alike.
 */
public final class PageTemplate {

	static final String VIEW = "page/page";

	private PageTemplate() {
	}

	/** Puts the page into the model; returns the view to render. */
	public static String addTo(Model model, PublicPage page) {
		model.addAttribute("page", page);
		return VIEW;
	}

}
