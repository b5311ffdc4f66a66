package org.dastan.web.listing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.dastan.core.article.PublishedArticles;
import org.dastan.core.author.AuthorPage;
import org.dastan.core.author.Authors;
import org.dastan.core.sidebar.Placement;
import org.dastan.web.error.NotFoundException;
import org.dastan.web.layout.SidebarModel;
import org.dastan.web.paging.PageNumber;

/**
 * The article lists of a section, a tag and an author, newest first, a page at a time. A
 * section's or tag's former slug redirects to its current one.
 */
@Controller
class ListingController {

	private final PublishedArticles articles;

	private final Authors authors;

	private final SidebarModel sidebar;

	private final MovedTags moved;

	ListingController(PublishedArticles articles, Authors authors, SidebarModel sidebar, MovedTags moved) {
		this.articles = articles;
		this.authors = authors;
		this.sidebar = sidebar;
		this.moved = moved;
	}

	@GetMapping("/sections/{slug}")
	Object section(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
		return this.moved.section(slug, "", (section) -> {
			model.addAttribute("tag", section);
			model.addAttribute("articles", this.articles.inSection(section.id(), PageNumber.parse(page).toPageable()));
			this.sidebar.addTo(model, Placement.SECTION);
			return "listing/tag";
		});
	}

	@GetMapping("/tags/{slug}")
	Object tag(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
		return this.moved.tag(slug, "", (tag) -> {
			model.addAttribute("tag", tag);
			model.addAttribute("articles", this.articles.withTag(tag.id(), PageNumber.parse(page).toPageable()));
			this.sidebar.addTo(model, Placement.TAG);
			return "listing/tag";
		});
	}

	@GetMapping("/authors/{slug}")
	String author(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
		AuthorPage author = this.authors.bySlug(slug).orElseThrow(() -> new NotFoundException("Author"));
		model.addAttribute("author", author.card());
		model.addAttribute("articles", this.articles.byAuthor(author.id(), PageNumber.parse(page).toPageable()));
		this.sidebar.addTo(model, Placement.AUTHOR);
		return "listing/author";
	}

}
