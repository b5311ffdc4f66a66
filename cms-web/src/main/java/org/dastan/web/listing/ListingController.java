package org.dastan.web.listing;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.dastan.core.article.PublishedArticles;
import org.dastan.core.author.Author;
import org.dastan.core.author.AuthorCard;
import org.dastan.core.author.AuthorRepository;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.tag.Tag;
import org.dastan.core.tag.TagRepository;
import org.dastan.web.error.NotFoundException;
import org.dastan.web.paging.PageNumber;

/**
 * The article lists of a section, a tag and an author, newest first, a page at a time. A
 * section's or tag's former slug redirects to its current one.
 */
@Controller
class ListingController {

	private final PublishedArticles articles;

	private final TagRepository tags;

	private final AuthorRepository authors;

	private final Sidebar sidebar;

	private final MovedTags moved;

	ListingController(PublishedArticles articles, TagRepository tags, AuthorRepository authors, Sidebar sidebar,
			MovedTags moved) {
		this.articles = articles;
		this.tags = tags;
		this.authors = authors;
		this.sidebar = sidebar;
		this.moved = moved;
	}

	@GetMapping("/sections/{slug}")
	Object section(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
		Optional<Tag> found = this.tags.findBySlug(slug).filter(Tag::isSection);
		if (found.isEmpty()) {
			return this.moved.section(slug, "");
		}
		Tag section = found.get();
		model.addAttribute("tag", section);
		model.addAttribute("articles", this.articles.inSection(section.getId(), PageNumber.parse(page).toPageable()));
		model.addAttribute("sidebar", this.sidebar.blocksFor(Placement.SECTION));
		return "listing/tag";
	}

	@GetMapping("/tags/{slug}")
	Object tag(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
		Optional<Tag> found = this.tags.findBySlug(slug);
		if (found.isEmpty()) {
			return this.moved.tag(slug, "");
		}
		Tag tag = found.get();
		model.addAttribute("tag", tag);
		model.addAttribute("articles", this.articles.withTag(tag.getId(), PageNumber.parse(page).toPageable()));
		model.addAttribute("sidebar", this.sidebar.blocksFor(Placement.TAG));
		return "listing/tag";
	}

	@GetMapping("/authors/{slug}")
	String author(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
		Author author = this.authors.findWithPhotoBySlug(slug).orElseThrow(() -> new NotFoundException("Author"));
		model.addAttribute("author", AuthorCard.of(author));
		model.addAttribute("articles", this.articles.byAuthor(author.getId(), PageNumber.parse(page).toPageable()));
		model.addAttribute("sidebar", this.sidebar.blocksFor(Placement.AUTHOR));
		return "listing/author";
	}

}
