package org.dastan.core.suggest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.ArticlePage;
import org.dastan.core.article.ArticleCards;
import org.dastan.core.article.ArticleStamp;
import org.dastan.core.article.PublicArticleIds;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.article.TaggedArticles;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.media.ImageRef;
import org.dastan.core.suggest.RelatedArticleRanking.Candidate;
import org.dastan.core.suggest.internal.SuggestedLink;
import org.dastan.core.suggest.internal.SuggestedLinkRepository;
import org.dastan.core.tag.TagRef;

/**
 * Builds an article's Suggested Articles: the editor's picks in their order, then related
 * articles up to the configured count; never the article itself, never twice, never an
 * article readers cannot see.
 */
@Service
@Transactional(readOnly = true)
public class SuggestedArticles {

	// The articles last written with each of the article's tags are the candidates:
	// enough to rank well, few enough that a busy tag costs no more than a rare one.
	private static final int CANDIDATES_PER_TAG = 30;

	private final SuggestedLinkRepository links;

	private final ArticleCards articles;

	private final TaggedArticles tagged;

	private final PublicArticleIds publicIds;

	private final NewsroomProperties properties;

	private final Clock clock;

	private final PublishedArticles published;

	// How many articles carry each tag (and how many are public, from PublishedArticles):
	// the ranking weighs rare tags up. Counting them for every page would read whole
	// tables, so they are kept until content changes.
	private final ContentCache<Long, Long> taggedCount;

	private final ContentCache<Long, List<ArticleStamp>> latestInSection;

	SuggestedArticles(SuggestedLinkRepository links, ArticleCards articles, TaggedArticles tagged,
			PublicArticleIds publicIds, PublishedArticles published, NewsroomProperties properties, Clock clock,
			ContentCaches caches) {
		this.links = links;
		this.articles = articles;
		this.tagged = tagged;
		this.publicIds = publicIds;
		this.properties = properties;
		this.clock = clock;
		this.published = published;
		this.taggedCount = caches.create(100_000);
		this.latestInSection = caches.create(1_000);
	}

	public List<Suggestion> forArticle(ArticlePage page) {
		// The hand-picked links, and the latest articles that share a tag or section: a
		// publication drops the block only when it joins one of those lists.
		ContentKeys.touch(ContentKey.SUGGESTED);
		Instant now = this.clock.instant();
		int count = this.properties.suggestedCount();
		Set<String> seen = new HashSet<>(Set.of(page.slug()));
		List<Suggestion> suggestions = new ArrayList<>();
		for (SuggestedLink link : this.links.findPicksOf(page.id())) {
			Suggestion pick = toSuggestion(link, now);
			if (pick != null && suggestions.size() < count && seen.add(key(pick))) {
				suggestions.add(pick);
			}
		}
		if (suggestions.size() < count) {
			for (ArticleCard card : related(page, now)) {
				if (suggestions.size() < count && seen.add(card.slug())) {
					suggestions.add(new Suggestion(card.title(), card.slug(), null, card.section(), card.image()));
				}
			}
		}
		return suggestions;
	}

	private List<ArticleCard> related(ArticlePage page, Instant now) {
		Set<Long> tagIds = new HashSet<>();
		page.tags().forEach((tag) -> tagIds.add(tag.id()));
		tagIds.forEach((tagId) -> ContentKeys.touch(ContentKey.tagList(tagId)));
		Long sectionId = (page.section() != null) ? page.section().id() : null;
		Map<Long, Candidate> candidates = new LinkedHashMap<>();
		Map<Long, Set<Long>> sharedTags = this.tagged.lastTagged(tagIds, page.id(), CANDIDATES_PER_TAG);
		if (!sharedTags.isEmpty()) {
			for (ArticleStamp neighbour : this.publicIds.findPublicStamps(sharedTags.keySet(), now)) {
				long id = neighbour.id();
				candidates.put(id,
						new Candidate(id, neighbour.sectionId(), neighbour.publishedAt(), sharedTags.get(id)));
			}
		}
		if (sectionId != null) {
			for (ArticleStamp latest : latestInSection(sectionId, now)) {
				if (latest.id() != page.id()) {
					candidates.putIfAbsent(latest.id(),
							new Candidate(latest.id(), sectionId, latest.publishedAt(), Set.of()));
				}
			}
		}
		if (candidates.isEmpty()) {
			return List.of();
		}
		long total;
		// The number of public articles weighs rare tags up; one publication more or less
		// barely moves it, so the block does not follow it (it is counted afresh when
		// the block is built, and a kept page goes after its time to live anyway).
		try (ContentKeys.Collection ignored = ContentKeys.collectApart()) {
			total = this.published.countPublic();
		}
		List<Long> ranked = RelatedArticleRanking.rank(candidates.values(), sectionId, taggedCount(tagIds), total, now)
			.stream()
			.limit(this.properties.suggestedCount())
			.toList();
		return this.articles.inOrder(ranked);
	}

	/**
	 * The latest public articles of a section: the same for every article of the section,
	 * so kept until content changes.
	 */
	private List<ArticleStamp> latestInSection(long sectionId, Instant now) {
		int count = this.properties.suggestedCount() * 2 + 1;
		return this.latestInSection.get(sectionId, () -> {
			ContentKeys.touch(ContentKey.tagList(sectionId));
			return this.publicIds.findStampsInSection(sectionId, now, PageRequest.of(0, count));
		});
	}

	/** How many articles carry each tag, kept until content changes. */
	private Map<Long, Long> taggedCount(Set<Long> tagIds) {
		Map<Long, Long> frequency = new HashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Long tagId : tagIds) {
			Long kept = this.taggedCount.getIfPresent(tagId);
			if (kept != null) {
				frequency.put(tagId, kept);
			}
			else {
				missing.add(tagId);
			}
		}
		if (!missing.isEmpty()) {
			long generation = this.taggedCount.generation();
			Map<Long, Long> counted = this.tagged.count(missing);
			for (Long tagId : missing) {
				long count = counted.getOrDefault(tagId, 0L);
				frequency.put(tagId, count);
				this.taggedCount.putUnlessChangedSince(generation, tagId, count, Set.of(ContentKey.tagList(tagId)));
			}
		}
		return frequency;
	}

	private Suggestion toSuggestion(SuggestedLink link, Instant now) {
		if (link.getUrl() != null) {
			return new Suggestion(link.getTitle(), null, link.getUrl(), null, null);
		}
		Article target = link.getTarget();
		// Shown as a card: a publication, an unpublication or a new title drops it.
		ContentKeys.touch(ContentKey.card(target.getId()));
		if (!target.isPublicAt(now)) {
			return null;
		}
		return new Suggestion(target.getTitle(), target.getSlug(), null, TagRef.of(target.getSection()),
				ImageRef.of(target.getFeaturedImage()));
	}

	private static String key(Suggestion suggestion) {
		return suggestion.isExternal() ? suggestion.externalUrl() : suggestion.articleSlug();
	}

}
