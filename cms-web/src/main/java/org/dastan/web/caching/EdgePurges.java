package org.dastan.web.caching;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.dastan.core.change.ContentChanged;

/**
 * Tells the edge caches what a change touched: one {@code PURGE} request to each, naming
 * the keys in {@code xkey-purge} (Varnish's xkey module drops every page whose
 * {@code xkey} header holds one of them). Every node sends it once it has dropped its own
 * copies: the node that made the change at once, the others when they read it from the
 * change log. Otherwise the edge, purged by the first, could fetch a page from another
 * node that still keeps it, and keep that old copy until {@code s-maxage} ends. Sent in
 * the background: a slow or missing edge delays no save; a purge lost on the way is
 * bounded by {@code s-maxage}. The same keys are purged once more a little later
 * ({@code repurge-after}), for a page that was being rendered from the old content as the
 * change committed and reached the edge after the first purge.
 */
@Component
@EnableConfigurationProperties(EdgeProperties.class)
class EdgePurges {

	static final String METHOD = "PURGE";

	static final String KEYS_HEADER = "xkey-purge";

	private static final Logger logger = LoggerFactory.getLogger(EdgePurges.class);

	private final EdgeProperties properties;

	private final HttpClient client;

	EdgePurges(EdgeProperties properties) {
		this.properties = properties;
		this.client = HttpClient.newBuilder().connectTimeout(properties.purgeTimeout()).build();
	}

	// After this node's caches dropped what the change touched (CacheInvalidation goes
	// first).
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void contentChanged(ContentChanged changed) {
		if (this.properties.purgeUrls().isEmpty()) {
			return;
		}
		Runnable purgeAll = () -> this.properties.purgeUrls().forEach((edge) -> purge(edge, changed.keys()));
		purgeAll.run();
		CompletableFuture.runAsync(purgeAll,
				CompletableFuture.delayedExecutor(this.properties.repurgeAfter().toMillis(), TimeUnit.MILLISECONDS));
	}

	private void purge(URI edge, Set<String> keys) {
		HttpRequest request = HttpRequest.newBuilder(edge)
			.method(METHOD, HttpRequest.BodyPublishers.noBody())
			.header(KEYS_HEADER, String.join(" ", keys))
			.timeout(this.properties.purgeTimeout())
			.build();
		this.client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			if (failure != null) {
				logger.warn("Could not purge {} from {}: {}", keys, edge, failure.toString());
			}
			else if (response.statusCode() >= 300) {
				logger.warn("Purging {} from {} answered {}", keys, edge, response.statusCode());
			}
		});
	}

}
