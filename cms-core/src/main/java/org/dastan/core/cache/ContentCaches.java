package org.dastan.core.cache;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

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
 * and of the rendered pages, and drops from them what a change touched (the change module
 * calls {@link #drop(Set)} with the keys of each {@code ContentChanged}). What no save
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
		Cache<K, ContentCache.Kept<V>> entries = Caffeine.newBuilder()
			.expireAfterWrite(this.readModelTtl)
			.maximumSize(maximumSize)
			.build();
		return add(new ContentCache<>(entries, this.readOnly));
	}

	/**
	 * A cache built as the given builder says, at most {@code maximumWeight} in all by
	 * the weigher's measure, whose values are dropped with the others' when a change
	 * touches them.
	 */
	public <K, V> ContentCache<K, V> register(Caffeine<Object, Object> builder, long maximumWeight,
			ToIntFunction<V> weigher) {
		Cache<K, ContentCache.Kept<V>> entries = builder
			.maximumWeight(maximumWeight).<K, ContentCache
					.Kept<V>>weigher((key, kept) -> weigher.applyAsInt(kept.value()) + 16 * kept.keys().size())
			.build();
		return add(new ContentCache<>(entries, TransactionOperations.withoutTransaction()));
	}

	private <K, V> ContentCache<K, V> add(ContentCache<K, V> cache) {
		this.caches.add(cache);
		return cache;
	}

	/**
	 * Drops from every cache what shows any of the keys, because a change on some node
	 * touched them. Features do not call it: they publish their events, and the change
	 * module tells every node.
	 */
	public void drop(Set<String> keys) {
		this.caches.forEach((cache) -> cache.drop(keys));
	}

	/** Empties every cache. */
	public void clearAll() {
		drop(Set.of(ContentKey.ALL));
	}

}
