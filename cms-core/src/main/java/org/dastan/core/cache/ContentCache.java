package org.dastan.core.cache;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Keeps what was built from content until a change touches what it shows. Each value is
 * kept with the {@link ContentKey}s touched while it was built, and goes when a change on
 * any node names one of them ({@link ContentCaches#drop}). A value built while such a
 * change happened is not kept, because it may have been read before the change committed.
 *
 * @param <K> what a value is looked up by
 * @param <V> what is kept
 */
public final class ContentCache<K, V> {

	// How many recent drops are remembered to check values built meanwhile; a value whose
	// building began before the oldest of them is not kept (a render that slow is rare).
	private static final int REMEMBERED_DROPS = 256;

	private final Cache<K, Kept<V>> entries;

	// Read models load in one read-only transaction; pages render in their own.
	private final TransactionOperations loading;

	private final Deque<Drop> recentDrops = new ArrayDeque<>();

	private long generation;

	ContentCache(Cache<K, Kept<V>> entries, TransactionOperations loading) {
		this.entries = entries;
		this.loading = loading;
	}

	/**
	 * The kept value, or the loader's, kept unless a change touched it meanwhile. Either
	 * way, the keys it shows are touched for the page being built.
	 */
	public V get(K key, Supplier<V> loader) {
		V kept = getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		long before = generation();
		try (ContentKeys.Collection shown = ContentKeys.collect()) {
			V value = this.loading.execute((status) -> loader.get());
			putUnlessChangedSince(before, key, value, shown.keys());
			return value;
		}
	}

	/** The kept value, its keys touched; or null. */
	public V getIfPresent(K key) {
		Kept<V> kept = this.entries.getIfPresent(key);
		if (kept == null) {
			return null;
		}
		ContentKeys.touch(kept.keys());
		return kept.value();
	}

	/**
	 * Where the content stands now: pass it to
	 * {@link #putUnlessChangedSince(long, Object, Object, Set)} with a value built after
	 * this call.
	 */
	public synchronized long generation() {
		return this.generation;
	}

	/**
	 * Keeps the value with the keys it shows, unless a change that touches them came
	 * after {@code generation} was read; checked again after the put, since a change may
	 * drop the value just before it.
	 */
	public void putUnlessChangedSince(long generation, K key, V value, Set<String> keys) {
		if (value == null || changedSince(generation, keys)) {
			return;
		}
		this.entries.put(key, new Kept<>(value, keys));
		if (changedSince(generation, keys)) {
			this.entries.invalidate(key);
		}
	}

	/** Drops what shows any of the keys; {@link ContentKey#ALL} drops everything. */
	void drop(Set<String> changed) {
		synchronized (this) {
			this.generation++;
			this.recentDrops.addLast(new Drop(this.generation, changed));
			if (this.recentDrops.size() > REMEMBERED_DROPS) {
				this.recentDrops.removeFirst();
			}
		}
		if (changed.contains(ContentKey.ALL)) {
			this.entries.invalidateAll();
		}
		else {
			this.entries.asMap().values().removeIf((kept) -> drops(changed, kept.keys()));
		}
	}

	private synchronized boolean changedSince(long generation, Set<String> keys) {
		if (generation == this.generation) {
			return false;
		}
		if (this.recentDrops.isEmpty() || this.recentDrops.getFirst().generation() > generation + 1) {
			return true;
		}
		return this.recentDrops.stream()
			.filter((drop) -> drop.generation() > generation)
			.anyMatch((drop) -> drops(drop.keys(), keys));
	}

	/**
	 * Whether a change that touched {@code changed} drops a value that showed
	 * {@code shown}. A value that named nothing it shows may show anything: any change
	 * drops it, so a reader that forgot to name what it read is served stale by no one.
	 */
	private static boolean drops(Set<String> changed, Set<String> shown) {
		return shown.isEmpty() || changed.contains(ContentKey.ALL) || changed.stream().anyMatch(shown::contains);
	}

	/** A value and the keys of what it shows. */
	record Kept<V>(V value, Set<String> keys) {

	}

	private record Drop(long generation, Set<String> keys) {

	}

}
