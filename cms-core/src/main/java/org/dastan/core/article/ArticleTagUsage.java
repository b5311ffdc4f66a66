package org.dastan.core.article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import org.dastan.core.article.model.Article;
import org.dastan.core.tag.TagUsage;
import org.dastan.core.tag.model.Tag;

/**
 * Answers the tag module's questions about the articles that use a tag, as their section
 * or among their tags: what a delete must not leave behind, what a merge must move and
 * what a rename must reindex.
 */
@Component
class ArticleTagUsage implements TagUsage {

	private final EntityManager entityManager;

	ArticleTagUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	// An article in a section it also carries as a tag counts once.
	@Override
	public Map<Long, Long> countByTag() {
		Map<Long, Long> counts = new HashMap<>();
		Stream
			.of("select t.id, count(a) from Article a join a.tags t group by t.id",
					"select s.id, count(a) from Article a join a.section s where s not member of a.tags group by s.id")
			.flatMap((query) -> this.entityManager.createQuery(query, Object[].class).getResultStream())
			.forEach((row) -> counts.merge((Long) row[0], (Long) row[1], Long::sum));
		return counts;
	}

	@Override
	public long countUsing(long tagId) {
		return count(
				"select count(distinct a) from Article a left join a.tags t where a.section.id = :tag or t.id = :tag",
				tagId);
	}

	@Override
	public long countInSection(long sectionId) {
		return count("select count(a) from Article a where a.section.id = :tag", sectionId);
	}

	@Override
	public List<Long> articlesCarrying(long tagId) {
		return this.entityManager.createQuery("select a.id from Article a join a.tags t where t.id = :tag", Long.class)
			.setParameter("tag", tagId)
			.getResultList();
	}

	// Through the entities, so that revisions and the search index follow.
	@Override
	public void moveArticles(Tag source, Tag target) {
		articles("select a from Article a where a.section = :tag", source)
			.forEach((article) -> article.placeIn(target));
		for (Article article : articles("select a from Article a where :tag member of a.tags", source)) {
			Set<Tag> tags = new HashSet<>(article.getTags());
			tags.remove(source);
			tags.add(target);
			article.tagWith(tags);
		}
	}

	private long count(String query, long tagId) {
		return this.entityManager.createQuery(query, Long.class).setParameter("tag", tagId).getSingleResult();
	}

	private List<Article> articles(String query, Tag tag) {
		return this.entityManager.createQuery(query, Article.class).setParameter("tag", tag).getResultList();
	}

}
