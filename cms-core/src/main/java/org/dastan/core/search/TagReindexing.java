package org.dastan.core.search;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.dastan.core.article.model.Article;
import org.dastan.core.tag.TagChanged;
import org.dastan.core.tag.TagUsage;

/**
 * Reindexes the articles that carry a renamed tag. Their entries hold the tag's name, but
 * the index follows only changes to the articles themselves (see {@code Article#tags}).
 * It runs before the rename commits, so the new name is found as soon as it is saved.
 */
@Component
class TagReindexing {

	private final TagUsage usage;

	private final EntityManager entityManager;

	TagReindexing(TagUsage usage, EntityManager entityManager) {
		this.usage = usage;
		this.entityManager = entityManager;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TagChanged event) {
		if (!event.renamed()) {
			return;
		}
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		// Loaded in batches, not one query per article.
		this.entityManager.unwrap(Session.class)
			.findMultiple(Article.class, this.usage.articlesCarrying(event.tagId()))
			.forEach(plan::addOrUpdate);
	}

}
