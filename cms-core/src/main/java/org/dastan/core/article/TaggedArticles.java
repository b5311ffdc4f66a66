package org.dastan.core.article;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.internal.ArticleRepository;

/**
 * Which articles carry which tags, counted in the join table's index alone: for related
 * articles and the most used topics, which must stay cheap at any number of articles.
 */
@Service
@Transactional(readOnly = true)
public class TaggedArticles {

	private final ArticleRepository articles;

	TaggedArticles(ArticleRepository articles) {
		this.articles = articles;
	}

	/**
	 * The articles last written with each of the tags (up to {@code perTag} each, drafts
	 * included, one left out), with which of the tags each carries.
	 */
	public Map<Long, Set<Long>> lastTagged(Collection<Long> tagIds, long exceptArticleId, int perTag) {
		Map<Long, Set<Long>> shared = new HashMap<>();
		if (!tagIds.isEmpty()) {
			for (Object[] row : this.articles.findLastTagged(tagIds, exceptArticleId, perTag)) {
				shared.computeIfAbsent(((Number) row[1]).longValue(), (key) -> new HashSet<>())
					.add(((Number) row[0]).longValue());
			}
		}
		return shared;
	}

	/** How many articles, drafts included, carry each of the tags; none is left out. */
	public Map<Long, Long> count(Collection<Long> tagIds) {
		Map<Long, Long> counts = new HashMap<>();
		tagIds.forEach((tagId) -> counts.put(tagId, 0L));
		if (!tagIds.isEmpty()) {
			this.articles.countTagged(tagIds)
				.forEach((row) -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
		}
		return counts;
	}

	/** The topics on the most articles, drafts included, most first. */
	public List<Long> mostTaggedTopics(int count) {
		return this.articles.findMostTaggedTopicIds(PageRequest.of(0, count));
	}

	/** Those of the tags that at least one article public at {@code now} carries. */
	public List<Long> onPublicArticles(Collection<Long> tagIds, Instant now) {
		return tagIds.isEmpty() ? List.of() : this.articles.findTagsOnPublicArticles(tagIds, now);
	}

}
