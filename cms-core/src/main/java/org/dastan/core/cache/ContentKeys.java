package org.dastan.core.cache;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects the {@link ContentKey}s of what the current thread reads while it renders a
 * page or loads a read model. Readers of content call {@link #touch} where they read; a
 * kept value remembers the keys it was built from and touches them again whenever it is
 * served, so a page built from kept pieces still names all it shows. Collections nest:
 * what an inner one collects counts for the outer ones too, unless it was opened
 * {@linkplain #collectApart() apart}. Without a collection, touching does nothing.
 */
public final class ContentKeys {

	private static final ThreadLocal<Deque<Collection>> open = ThreadLocal.withInitial(ArrayDeque::new);

	private ContentKeys() {
	}

	public static void touch(String key) {
		// Innermost first; a collection apart keeps what it collects from the outer ones.
		for (Collection collection : open.get()) {
			collection.keys.add(key);
			if (collection.apart) {
				return;
			}
		}
	}

	public static void touch(Iterable<String> keys) {
		// Served from a cache with nothing collecting (a kept page's read models, most of
		// the time): one look at the thread, not one per key.
		Deque<Collection> collections = open.get();
		if (collections.isEmpty()) {
			return;
		}
		for (Collection collection : collections) {
			keys.forEach(collection.keys::add);
			if (collection.apart) {
				return;
			}
		}
	}

	/** Starts collecting on this thread; close it in the same thread, innermost first. */
	public static Collection collect() {
		return open(false);
	}

	/**
	 * Starts collecting keys that the collections already open do not get: for a piece
	 * kept apart from the page around it (the sidebar), or for a read whose changes the
	 * page does not need to follow.
	 */
	public static Collection collectApart() {
		return open(true);
	}

	private static Collection open(boolean apart) {
		Collection collection = new Collection(apart);
		open.get().push(collection);
		return collection;
	}

	/** The keys touched while it was open. */
	public static final class Collection implements AutoCloseable {

		private final Set<String> keys = new LinkedHashSet<>();

		private final boolean apart;

		private Collection(boolean apart) {
			this.apart = apart;
		}

		public Set<String> keys() {
			return Collections.unmodifiableSet(new LinkedHashSet<>(this.keys));
		}

		@Override
		public void close() {
			Deque<Collection> collections = open.get();
			collections.remove(this);
			if (collections.isEmpty()) {
				open.remove();
			}
		}

	}

}
