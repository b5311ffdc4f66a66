package org.dastan.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.dastan.core.page.PageAddresses;
import org.dastan.core.page.PublishedPages;
import org.dastan.web.error.NotFoundException;

/**
 * Shows a published static page at {@code /{slug}}. Only one segment shaped like a slug
 * comes here, so files ({@code /favicon.ico}) and the site's own addresses, which Spring
 * matches first by their literal paths, never do; anything else that is not a published
 * page gets the 404 page, or its redirect when one is kept.
 */
@Controller
class PageController {

	// A slug as Slugs.PATTERN has it, unanchored, as a path pattern wants it.
	private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

	private final PublishedPages pages;

	PageController(PublishedPages pages) {
		this.pages = pages;
	}

	@GetMapping("/{slug:" + SLUG + "}")
	String show(@PathVariable String slug, Model model) {
		if (PageAddresses.isReserved(slug)) {
			throw new NotFoundException("Page");
		}
		return PageTemplate.addTo(model, this.pages.find(slug).orElseThrow(() -> new NotFoundException("Page")));
	}

}
