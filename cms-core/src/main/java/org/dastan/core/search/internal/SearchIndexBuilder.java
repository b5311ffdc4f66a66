package org.dastan.core.search.internal;

import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.search.SearchIndex;

/**
 * Rebuilds the search index at start-up when it does not hold every article (on the first
 * start against an existing database, or after the index directory was deleted) or when
 * asked to ({@link SearchIndex#REBUILD_FLAG}, after a restore). The rebuild runs in the
 * background, so a large archive does not hold up start-up; searches meanwhile find what
 * is indexed so far.
 */
@Component
class SearchIndexBuilder implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexBuilder.class);

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	SearchIndexBuilder(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			TransactionTemplate transaction) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		long stored = this.transaction
			.execute((status) -> this.entityManager.createQuery("select count(a) from Article a", Long.class)
				.getSingleResult());
		long indexed = this.transaction.execute((status) -> Search.session(this.entityManager)
			.search(Article.class)
			.where((f) -> f.matchAll())
			.fetchTotalHitCount());
		boolean asked = this.transaction.execute((status) -> asked());
		if (indexed == stored && !asked) {
			logger.info("Search index is complete: {} articles", indexed);
			return;
		}
		if (asked) {
			logger.info("Search index to be rebuilt, as a restore asked; rebuilding it in the background");
		}
		else {
			logger.info("Search index holds {} of {} articles; rebuilding it in the background", indexed, stored);
		}
		long start = System.nanoTime();
		Search.mapping(this.entityManagerFactory)
			.scope(Article.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.start()
			.whenComplete((done, failure) -> {
				if (failure != null) {
					logger.warn("Rebuilding the search index failed; the next start tries again", failure);
				}
				else {
					// The mass indexer empties the index first, so what a restore left
					// behind is gone.
					this.transaction.executeWithoutResult(
							(status) -> this.entityManager.createNativeQuery("delete from app_flags where name = :name")
								.setParameter("name", SearchIndex.REBUILD_FLAG)
								.executeUpdate());
					logger.info("Rebuilt the search index: {} articles in {} ms", stored,
							TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
				}
			});
	}

	private boolean asked() {
		return ((Number) this.entityManager.createNativeQuery("select count(*) from app_flags where name = :name")
			.setParameter("name", SearchIndex.REBUILD_FLAG)
			.getSingleResult()).longValue() > 0;
	}

}
