package org.dastan.core.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.feed.internal.FeedRepository;

import org.dastan.core.article.PublicArticleIds;

/**
 * The articles RSS feeds and the news sitemap carry: the latest public ones, newest
 * first. Bylines and tags of a whole feed come in two queries, not two per article.
 */
@Service
@Transactional(readOnly = true)
public class FeedArticles {

	/** Google News reads at most this many articles from one news sitemap. */
	static final int NEWS_LIMIT = 1000;

	private final FeedRepository feeds;

	private final PublicArticleIds ids;

	private final FeedProperties properties;

	private final Clock clock;

	FeedArticles(FeedRepository feeds, PublicArticleIds ids, FeedProperties properties, Clock clock) {
		this.feeds = feeds;
		this.ids = ids;
		this.properties = properties;
		this.clock = clock;
	}

	public List<FeedItem> latest() {
		return itemsOf(this.ids.findLatestList(this.clock.instant(), feedPage()));
	}

	public List<FeedItem> inSection(long sectionId) {
		return itemsOf(this.ids.findListInSection(sectionId, this.clock.instant(), feedPage()));
	}

	public List<FeedItem> withTag(long tagId) {
		return itemsOf(this.ids.findWithTag(tagId, this.clock.instant(), feedPage()).getContent());
	}

	public List<FeedItem> byAuthor(long authorId) {
		return itemsOf(this.ids.findByAuthor(authorId, this.clock.instant(), feedPage()).getContent());
	}

	/** Public articles published within the given time before now, newest first. */
	public List<NewsEntry> publishedWithin(Duration window) {
		ContentKeys.touch(ContentKey.FEEDS);
		Instant now = this.clock.instant();
		return this.feeds.findPublishedSince(now.minus(window), now, PageRequest.of(0, NEWS_LIMIT));
	}

	private PageRequest feedPage() {
		ContentKeys.touch(ContentKey.FEEDS);
		return PageRequest.of(0, this.properties.items());
	}

	private List<FeedItem> itemsOf(List<Long> articleIds) {
		List<FeedItem> items = this.feeds.findItemsInOrder(articleIds);
		if (items.isEmpty()) {
			return items;
		}
		List<Long> ids = items.stream().map(FeedItem::id).toList();
		Map<Long, List<String>> tags = byArticle(this.feeds.findTagNames(ids));
		Map<Long, List<String>> authors = byArticle(this.feeds.findAuthorNames(ids));
		return items.stream()
			.map((item) -> item.with(tags.getOrDefault(item.id(), List.of()),
					authors.getOrDefault(item.id(), List.of())))
			.toList();
	}

	private static Map<Long, List<String>> byArticle(List<Object[]> rows) {
		Map<Long, List<String>> names = new HashMap<>();
		for (Object[] row : rows) {
			names.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((String) row[1]);
		}
		return names;
	}

}
