package org.dastan.web.feed;

import com.rometools.rome.feed.rss.Channel;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.dastan.core.author.AuthorPage;
import org.dastan.core.author.Authors;
import org.dastan.core.feed.FeedArticles;
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

	private final Authors authors;

	private final RssChannels channels;

	private final MovedTags moved;

	FeedController(FeedArticles articles, Authors authors, RssChannels channels, MovedTags moved) {
		this.articles = articles;
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
		return this.moved.section(slug, "/feed",
				(section) -> rss(this.channels.section(section, this.articles.inSection(section.id()))));
	}

	@GetMapping("/tags/{slug}/feed")
	Object tag(@PathVariable String slug) {
		return this.moved.tag(slug, "/feed", (tag) -> rss(this.channels.tag(tag, this.articles.withTag(tag.id()))));
	}

	@GetMapping("/authors/{slug}/feed")
	ResponseEntity<Channel> author(@PathVariable String slug) {
		AuthorPage author = this.authors.bySlug(slug).orElseThrow(() -> new NotFoundException("Author"));
		return rss(this.channels.author(author.card(), this.articles.byAuthor(author.id())));
	}

	private static ResponseEntity<Channel> rss(Channel channel) {
		return ResponseEntity.ok().contentType(RSS).body(channel);
	}

}
