package org.dastan.core.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.dastan.core.article.model.Article;
import org.dastan.core.author.AuthorChanged;

/**
 * Reindexes the articles of a renamed author, which index their authors' names: an author
 * knows nothing of their articles, so Hibernate Search cannot find them by itself. It
 * runs in the rename's transaction, so that a search right after the save finds the new
 * name.
 */
@Component
class AuthorReindexing {

	private final EntityManager entityManager;

	AuthorReindexing(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	void on(AuthorChanged event) {
		if (!event.renamed()) {
			return;
		}
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		this.entityManager
			.createQuery("select a from Article a join a.authors au where au.id = :authorId", Article.class)
			.setParameter("authorId", event.authorId())
			.getResultStream()
			.forEach(plan::addOrUpdate);
	}

}
