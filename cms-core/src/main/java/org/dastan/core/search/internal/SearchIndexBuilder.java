package org.dastan.core.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
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
 * start against an existing database, or after the index was deleted) or when asked to
 * ({@link SearchIndex#REBUILD_FLAG}, after a restore). The rebuild runs in the
 * background, so a large archive does not hold up start-up; searches meanwhile find what
 * is indexed so far. A shared (OpenSearch) index is checked by one node at a time, under
 * a lock in the database, and counts as complete while the changes still waiting in the
 * outbox account for the difference: nodes starting beside a busy cluster do not rebuild
 * it, and two nodes starting together rebuild it once.
 */
@Component
class SearchIndexBuilder implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexBuilder.class);

	private static final String LOCK = "search-index-rebuild";

	// Longer than a rebuild of the largest archive takes; frees the lock of a node that
	// died while rebuilding.
	private static final Duration LOCK_AT_MOST = Duration.ofHours(1);

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final SearchProperties properties;

	private final LockProvider locks;

	SearchIndexBuilder(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			TransactionTemplate transaction, SearchProperties properties, LockProvider locks) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transaction = transaction;
		this.properties = properties;
		this.locks = locks;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.sharedIndex()) {
			rebuildIfIncomplete(0, () -> {
			});
			return;
		}
		Optional<SimpleLock> lock = this.locks
			.lock(new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST, Duration.ZERO));
		if (lock.isEmpty()) {
			logger.info("Another node is checking or rebuilding the shared search index");
			return;
		}
		try {
			rebuildIfIncomplete(pendingChanges(), lock.get()::unlock);
		}
		catch (RuntimeException ex) {
			lock.get().unlock();
			throw ex;
		}
	}

	/**
	 * Runs {@code done} once the index is found complete or rebuilt, or the rebuild
	 * failed.
	 */
	private void rebuildIfIncomplete(long pending, Runnable done) {
		long stored = this.transaction
			.execute((status) -> this.entityManager.createQuery("select count(a) from Article a", Long.class)
				.getSingleResult());
		long indexed = this.transaction.execute((status) -> Search.session(this.entityManager)
			.search(Article.class)
			.where((f) -> f.matchAll())
			.fetchTotalHitCount());
		boolean asked = this.transaction.execute((status) -> asked());
		if (Math.abs(stored - indexed) <= pending && !asked) {
			if (pending == 0) {
				logger.info("Search index is complete: {} articles", indexed);
			}
			else {
				logger.info("Search index is complete: {} of {} articles, {} changes on their way", indexed, stored,
						pending);
			}
			done.run();
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
			.whenComplete((finished, failure) -> {
				done.run();
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

	// Saves not yet indexed: rows of the outbox table (migration V24) that the nodes have
	// still to index.
	private long pendingChanges() {
		return this.transaction.execute(
				(status) -> ((Number) this.entityManager.createNativeQuery("select count(*) from hsearch_outbox_event")
					.getSingleResult()).longValue());
	}

}
