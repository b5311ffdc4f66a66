package org.dastan.core.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.feed.internal.FeedRepository;

/**
 * What the sitemaps list: every public article and every page that gathers them, each
 * with when it last changed. Articles come a page at a time, so that no request holds
 * more than one sitemap file's worth.
 */
@Service
@Transactional(readOnly = true)
public class SitemapEntries {

	private final FeedRepository feeds;

	private final FeedProperties properties;

	private final Clock clock;

	SitemapEntries(FeedRepository feeds, FeedProperties properties, Clock clock) {
		this.feeds = feeds;
		this.properties = properties;
		this.clock = clock;
	}

	/** How many URLs one sitemap file may hold. */
	public int urlsPerFile() {
		return this.properties.sitemapUrls();
	}

	public long countArticles() {
		ContentKeys.touch(ContentKey.FEEDS);
		return this.feeds.countPublic(this.clock.instant());
	}

	/**
	 * One file's worth of public articles in the order they were written, so that a page
	 * keeps its articles as new ones arrive: page 0 holds the first
	 * {@link #urlsPerFile()}.
	 */
	public List<SitemapEntry> articles(int page) {
		ContentKeys.touch(ContentKey.FEEDS);
		return this.feeds.findPublicArticles(this.clock.instant(), PageRequest.of(page, urlsPerFile()));
	}

	public Listings listings() {
		ContentKeys.touch(ContentKey.FEEDS);
		Instant now = this.clock.instant();
		return new Listings(this.feeds.findLatestChange(now).lastModified(), this.feeds.findSections(now),
				this.feeds.findTopics(now), this.feeds.findAuthors(now));
	}

}
