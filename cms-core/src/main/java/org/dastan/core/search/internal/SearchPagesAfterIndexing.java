package org.dastan.core.search.internal;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.dastan.core.cache.ContentCaches;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.change.ContentChanged;

/**
 * With a shared index, drops the pages that show search results once more when a change
 * has surely reached the index. A change is searchable a moment after it commits (a node
 * indexes it from the outbox, then OpenSearch refreshes), while the pages are dropped as
 * it commits: a search page rendered in between would otherwise be kept without the
 * change until the next one. A Lucene index is written in the saving transaction and
 * needs none of this.
 */
@Component
class SearchPagesAfterIndexing {

	private final SearchProperties properties;

	private final ContentCaches caches;

	SearchPagesAfterIndexing(SearchProperties properties, ContentCaches caches) {
		this.properties = properties;
		this.caches = caches;
	}

	@EventListener
	void contentChanged(ContentChanged changed) {
		if (!this.properties.sharedIndex()
				|| !(changed.keys().contains(ContentKey.LATEST) || changed.keys().contains(ContentKey.ALL))) {
			return;
		}
		CompletableFuture.runAsync(() -> this.caches.drop(Set.of(ContentKey.LATEST)), CompletableFuture
			.delayedExecutor(this.properties.opensearch().indexLag().toMillis(), TimeUnit.MILLISECONDS));
	}

}
