package org.dastan.web.feed;

import java.util.Optional;

import com.rometools.rome.feed.rss.Channel;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.dastan.core.author.Author;
import org.dastan.core.author.AuthorRepository;
import org.dastan.core.feed.FeedArticles;
import org.dastan.core.tag.Tag;
import org.dastan.core.tag.TagRepository;
import org.dastan.web.error.NotFoundException;
import org.dastan.web.listing.MovedTags;

/**
 * RSS 2.0 feeds of the latest public articles: of the whole site, and of each section,
 * tag and author, beside the pages they follow. A section's or tag's feed under a former
 * slug redirects to its current one.
 */
@Controller
class FeedController {

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private final FeedArticles articles;

	private final TagRepository tags;

	private final AuthorRepository authors;

	private final RssChannels channels;

	private final MovedTags moved;

	FeedController(FeedArticles articles, TagRepository tags, AuthorRepository authors, RssChannels channels,
			MovedTags moved) {
		this.articles = articles;
		this.tags = tags;
		this.authors = authors;
		this.channels = channels;
		this.moved = moved;
	}

	@GetMapping("/feed")
	ResponseEntity<Channel> site() {
		return rss(this.channels.site(this.articles.latest()));
	}

	@GetMapping("/sections/{slug}/feed")
	Object section(@PathVariable String slug) {
		Optional<Tag> section = this.tags.findBySlug(slug).filter(Tag::isSection);
		if (section.isEmpty()) {
			return this.moved.section(slug, "/feed");
		}
		return rss(this.channels.section(section.get(), this.articles.inSection(section.get().getId())));
	}

	@GetMapping("/tags/{slug}/feed")
	Object tag(@PathVariable String slug) {
		Optional<Tag> tag = this.tags.findBySlug(slug);
		if (tag.isEmpty()) {
			return this.moved.tag(slug, "/feed");
		}
		return rss(this.channels.tag(tag.get(), this.articles.withTag(tag.get().getId())));
	}

	@GetMapping("/authors/{slug}/feed")
	ResponseEntity<Channel> author(@PathVariable String slug) {
		Author author = this.authors.findBySlug(slug).orElseThrow(() -> new NotFoundException("Author"));
		return rss(this.channels.author(author, this.articles.byAuthor(author.getId())));
	}

	private static ResponseEntity<Channel> rss(Channel channel) {
		return ResponseEntity.ok().contentType(RSS).body(channel);
	}

}
