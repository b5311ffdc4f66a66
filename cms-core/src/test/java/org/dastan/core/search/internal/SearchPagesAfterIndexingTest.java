package org.dastan.core.search.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionOperations;

import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.change.ContentChanged;
import org.dastan.core.search.internal.SearchProperties.Backend;
import org.dastan.core.search.internal.SearchProperties.OpenSearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A search page rendered between a change's commit and its arrival in a shared index is
 * dropped once the change has surely arrived, so that readers do not get its results
 * without the change until the next one.
 */
class SearchPagesAfterIndexingTest {

	private static final String PAGE = "/search?q=ferry";

	private final ContentCaches caches = new ContentCaches(Duration.ofMinutes(5),
			TransactionOperations.withoutTransaction());

	private final ContentCache<String, String> pages = this.caches.create(10);

	@Test
	void dropsSearchPagesOnceMoreWhenAChangeHasReachedASharedIndex() {
		listener(Backend.OPENSEARCH).contentChanged(new ContentChanged(Set.of(ContentKey.LATEST), false));
		keepSearchPageRenderedBeforeTheIndexCaughtUp();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.pages.getIfPresent(PAGE) == null);
	}

	@Test
	void leavesPagesAloneWithALocalIndexWrittenInTheSavingTransaction() throws InterruptedException {
		listener(Backend.LUCENE).contentChanged(new ContentChanged(Set.of(ContentKey.LATEST), false));
		keepSearchPageRenderedBeforeTheIndexCaughtUp();

		Thread.sleep(500);
		assertThat(this.pages.getIfPresent(PAGE)).isNotNull();
	}

	@Test
	void leavesPagesAloneAfterAChangeNoSearchShows() throws InterruptedException {
		listener(Backend.OPENSEARCH).contentChanged(new ContentChanged(Set.of(ContentKey.RATES), false));
		keepSearchPageRenderedBeforeTheIndexCaughtUp();

		Thread.sleep(500);
		assertThat(this.pages.getIfPresent(PAGE)).isNotNull();
	}

	private SearchPagesAfterIndexing listener(Backend backend) {
		OpenSearch cluster = new OpenSearch(List.of(URI.create("http://localhost:9200")), null, null,
				Duration.ofMillis(100));
		return new SearchPagesAfterIndexing(new SearchProperties(backend, cluster), this.caches);
	}

	private void keepSearchPageRenderedBeforeTheIndexCaughtUp() {
		this.pages.putUnlessChangedSince(this.pages.generation(), PAGE, "<p>No articles found</p>",
				Set.of(ContentKey.LATEST));
		assertThat(this.pages.getIfPresent(PAGE)).isNotNull();
	}

}
