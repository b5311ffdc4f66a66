package org.dastan.core.feed;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An article as a feed carries it: headline, standfirst, dates, section, tags and byline.
 */
public record FeedItem(long id, String slug, String title, String standfirst, Instant publishedAt, Instant updatedAt,
		String section, List<String> tags, List<String> authors) {

	/** Flat form for JPQL constructor expressions; tags and authors come separately. */
	public FeedItem(long id, String slug, String title, String standfirst, Instant publishedAt, Instant updatedAt,
			String section) {
		this(id, slug, title, standfirst, publishedAt, updatedAt, section, List.of(), List.of());
	}

	FeedItem with(List<String> tags, List<String> authors) {
		return new FeedItem(this.id, this.slug, this.title, this.standfirst, this.publishedAt, this.updatedAt,
				this.section, tags, authors);
	}

	/** The section, then the tags, each once. */
	public List<String> categories() {
		Set<String> categories = new LinkedHashSet<>();
		if (this.section != null) {
			categories.add(this.section);
		}
		categories.addAll(this.tags);
		return List.copyOf(categories);
	}

	/**
	 * When the article last changed for a reader: its publication, or a later edit.
	 */
	public Instant lastModified() {
		return this.updatedAt.isAfter(this.publishedAt) ? this.updatedAt : this.publishedAt;
	}

}
