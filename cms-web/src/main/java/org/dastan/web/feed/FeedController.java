package org.dastan.web.feed;

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

/**
 * RSS 2.0 feeds of the latest public articles: of the whole site, and of each section,
 * tag and author, beside the pages they follow.
 */
@Controller
class FeedController {

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private final FeedArticles articles;

	private final TagRepository tags;

	private final AuthorRepository authors;

	private final RssChannels channels;

	FeedController(FeedArticles articles, TagRepository tags, AuthorRepository authors, RssChannels channels) {
		this.articles = articles;
		this.tags = tags;
		this.authors = authors;
		this.channels = channels;
	}

	@GetMapping("/feed")
	ResponseEntity<Channel> site() {
		return rss(this.channels.site(this.articles.latest()));
	}

	@GetMapping("/sections/{slug}/feed")
	ResponseEntity<Channel> section(@PathVariable String slug) {
		Tag section = this.tags.findBySlug(slug)
			.filter(Tag::isSection)
			.orElseThrow(() -> new NotFoundException("Section"));
		return rss(this.channels.section(section, this.articles.inSection(section)));
	}

	@GetMapping("/tags/{slug}/feed")
	ResponseEntity<Channel> tag(@PathVariable String slug) {
		Tag tag = this.tags.findBySlug(slug).orElseThrow(() -> new NotFoundException("Tag"));
		return rss(this.channels.tag(tag, this.articles.withTag(tag)));
	}

	@GetMapping("/authors/{slug}/feed")
	ResponseEntity<Channel> author(@PathVariable String slug) {
		Author author = this.authors.findBySlug(slug).orElseThrow(() -> new NotFoundException("Author"));
		return rss(this.channels.author(author, this.articles.byAuthor(author)));
	}

	private static ResponseEntity<Channel> rss(Channel channel) {
		return ResponseEntity.ok().contentType(RSS).body(channel);
	}

}
