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

import org.dastan.core.article.Article;
import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.ArticlePage;
import org.dastan.core.article.ArticleRepository;
import org.dastan.core.change.ContentCache;
import org.dastan.core.change.ContentCaches;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.media.ImageRef;
import org.dastan.core.suggest.RelatedArticleRanking.Candidate;
import org.dastan.core.tag.TagRef;

/**
 * Builds an article's Suggested Articles: the editor's picks in their order, then related
 * articles up to the configured count; never the article itself, never twice, never an
 * article readers cannot see.
 */
@Service
@Transactional(readOnly = true)
public class SuggestedArticles {

	// Enough neighbours to rank well without reading a whole busy tag.
	private static final int CANDIDATE_LIMIT = 300;

	private final SuggestedLinkRepository links;

	private final ArticleRepository articles;

	private final NewsroomProperties properties;

	private final Clock clock;

	// How many public articles there are, in all and per tag: the ranking weighs rare
	// tags up. Counting them for every page would read the whole table, so they are kept
	// until content changes.
	private final ContentCache<String, Long> publicCount;

	private final ContentCache<Long, Long> publicCountByTag;

	SuggestedArticles(SuggestedLinkRepository links, ArticleRepository articles, NewsroomProperties properties,
			Clock clock, ContentCaches caches) {
		this.links = links;
		this.articles = articles;
		this.properties = properties;
		this.clock = clock;
		this.publicCount = caches.create(1);
		this.publicCountByTag = caches.create(100_000);
	}

	public List<Suggestion> forArticle(ArticlePage page) {
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
		Long sectionId = (page.section() != null) ? page.section().id() : null;
		Map<Long, Candidate> candidates = new LinkedHashMap<>();
		if (!tagIds.isEmpty()) {
			for (Object[] row : this.articles.findTagNeighbours(page.id(), tagIds, now,
					PageRequest.of(0, CANDIDATE_LIMIT))) {
				Candidate candidate = candidates.computeIfAbsent((Long) row[0],
						(id) -> new Candidate(id, (Long) row[1], (Instant) row[2], new HashSet<>()));
				candidate.tagIds().add((Long) row[3]);
			}
		}
		if (sectionId != null) {
			for (Object[] row : this.articles.findSectionNeighbours(page.id(), sectionId, now,
					PageRequest.of(0, this.properties.suggestedCount() * 2))) {
				candidates.putIfAbsent((Long) row[0],
						new Candidate((Long) row[0], sectionId, (Instant) row[1], Set.of()));
			}
		}
		if (candidates.isEmpty()) {
			return List.of();
		}
		long total = this.publicCount.get("all", () -> this.articles.countPublic(now));
		List<Long> ranked = RelatedArticleRanking
			.rank(candidates.values(), sectionId, publicCountByTag(tagIds, now), total, now)
			.stream()
			.limit(this.properties.suggestedCount())
			.toList();
		Map<Long, ArticleCard> cards = new HashMap<>();
		this.articles.findCardsByIds(ranked).forEach((card) -> cards.put(card.id(), card));
		return ranked.stream().map(cards::get).filter((card) -> card != null).toList();
	}

	private Map<Long, Long> publicCountByTag(Set<Long> tagIds, Instant now) {
		Map<Long, Long> frequency = new HashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Long tagId : tagIds) {
			Long kept = this.publicCountByTag.getIfPresent(tagId);
			if (kept != null) {
				frequency.put(tagId, kept);
			}
			else {
				missing.add(tagId);
			}
		}
		if (!missing.isEmpty()) {
			long generation = this.publicCountByTag.generation();
			Map<Long, Long> counted = new HashMap<>();
			this.articles.countPublicByTag(missing, now).forEach((row) -> counted.put((Long) row[0], (Long) row[1]));
			for (Long tagId : missing) {
				long count = counted.getOrDefault(tagId, 0L);
				frequency.put(tagId, count);
				this.publicCountByTag.putUnlessChangedSince(generation, tagId, count);
			}
		}
		return frequency;
	}

	private Suggestion toSuggestion(SuggestedLink link, Instant now) {
		if (link.getUrl() != null) {
			return new Suggestion(link.getTitle(), null, link.getUrl(), null, null);
		}
		Article target = link.getTarget();
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
