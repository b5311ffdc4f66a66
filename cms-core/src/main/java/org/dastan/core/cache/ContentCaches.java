package org.dastan.core.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the {@link ContentCache}s of the read models (ticker, sidebar, navigation, ...)
 * and of the rendered pages, and empties them all when content changes (the change module
 * calls {@link #clearAll()} when it announces {@code ContentChanged}). What no save
 * announces, such as the most-read order that page views move, is bounded by the time to
 * live.
 */
@Component
public class ContentCaches {

	private final Duration readModelTtl;

	private final TransactionOperations readOnly;

	private final List<ContentCache<?, ?>> caches = new CopyOnWriteArrayList<>();

	@Autowired
	ContentCaches(@Value("${dastan.cache.read-models.ttl:PT30S}") Duration readModelTtl,
			ObjectProvider<PlatformTransactionManager> transactions) {
		// Web slices without a database have no transaction manager, and mock what loads.
		this(readModelTtl,
				transactions.stream()
					.findFirst()
					.map(ContentCaches::readOnly)
					.orElse(TransactionOperations.withoutTransaction()));
	}

	/**
	 * Caches whose read models load through the given transactions, such as
	 * {@link TransactionOperations#withoutTransaction()} where there is no database.
	 */
	public ContentCaches(Duration readModelTtl, TransactionOperations readOnly) {
		this.readModelTtl = readModelTtl;
		this.readOnly = readOnly;
	}

	private static TransactionOperations readOnly(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		return template;
	}

	/**
	 * A cache of at most {@code maximumSize} read models, each kept for the set time and
	 * loaded in one read-only transaction. Call it from a method that opens none itself
	 * ({@code Propagation.SUPPORTS}), so a kept value costs no database connection.
	 */
	public <K, V> ContentCache<K, V> create(long maximumSize) {
		Cache<K, V> entries = Caffeine.newBuilder()
			.expireAfterWrite(this.readModelTtl)
			.maximumSize(maximumSize)
			.build();
		return add(new ContentCache<>(entries, this.readOnly));
	}

	/** Empties the given cache with the others whenever content changes. */
	public <K, V> ContentCache<K, V> register(Cache<K, V> entries) {
		return add(new ContentCache<>(entries, TransactionOperations.withoutTransaction()));
	}

	private <K, V> ContentCache<K, V> add(ContentCache<K, V> cache) {
		this.caches.add(cache);
		return cache;
	}

	/**
	 * Empties every cache, because content changed on some node. Features do not call it:
	 * they publish their events, and the change module tells every node.
	 */
	public void clearAll() {
		this.caches.forEach(ContentCache::clear);
	}

}
