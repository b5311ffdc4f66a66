package org.dastan.core.change.internal;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.dastan.core.cache.ContentCaches;
import org.dastan.core.change.ContentChanged;

/**
 * Drops from this node's content caches what a change it announces touched. The caches
 * know nothing of the change module, so that the features that keep them do not depend on
 * the module that listens to their events.
 */
@Component
class CacheInvalidation {

	private final ContentCaches caches;

	CacheInvalidation(ContentCaches caches) {
		this.caches = caches;
	}

	// First of the listeners: the edge purge that follows must find this node's copies
	// gone, or the edge could fetch them again.
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void contentChanged(ContentChanged changed) {
		this.caches.drop(changed.keys());
	}

}
