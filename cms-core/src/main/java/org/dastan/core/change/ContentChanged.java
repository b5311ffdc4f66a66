package org.dastan.core.change;

import java.util.Set;

import org.jmolecules.event.annotation.DomainEvent;

import org.dastan.core.cache.ContentKey;

/**
 * Published when this node sees that content changed, on this node or another one: what
 * shows any of the keys is stale.
 *
 * @param keys the {@link ContentKey}s the change touched
 * @param madeHere whether this node made it, or read it from the change log
 */
@DomainEvent
public record ContentChanged(Set<String> keys, boolean madeHere) {

	public ContentChanged {
		keys = Set.copyOf(keys);
	}

	/** A change that drops everything built from content. */
	public static ContentChanged everything() {
		return new ContentChanged(Set.of(ContentKey.ALL), false);
	}

}
