package org.dastan.core.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Keeps what was built from content until content changes on any node. Every cache made
 * by {@link ContentCaches} is emptied together; a value built while content changed is
 * not kept, because it may have been read before the change committed.
 *
 * @param <K> what a value is looked up by
 * @param <V> what is kept
 */
public final class ContentCache<K, V> {

	private final Cache<K, V> entries;

	// Read models load in one read-only transaction; pages render in their own.
	private final TransactionOperations loading;

	private final AtomicLong generation = new AtomicLong();

	ContentCache(Cache<K, V> entries, TransactionOperations loading) {
		this.entries = entries;
		this.loading = loading;
	}

	/** The kept value, or the loader's, kept unless content changed meanwhile. */
	public V get(K key, Supplier<V> loader) {
		V kept = this.entries.getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		long before = generation();
		V value = this.loading.execute((status) -> loader.get());
		putUnlessChangedSince(before, key, value);
		return value;
	}

	public V getIfPresent(K key) {
		return this.entries.getIfPresent(key);
	}

	/**
	 * Where the content stands now: pass it to
	 * {@link #putUnlessChangedSince(long, Object, Object)} with a value built after this
	 * call.
	 */
	public long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps the value unless content changed after {@code generation} was read; checked
	 * again after the put, since a change may empty the cache just before it.
	 */
	public void putUnlessChangedSince(long generation, K key, V value) {
		if (value == null || generation != generation()) {
			return;
		}
		this.entries.put(key, value);
		if (generation != generation()) {
			this.entries.invalidate(key);
		}
	}

	void clear() {
		this.generation.incrementAndGet();
		this.entries.invalidateAll();
	}

}
