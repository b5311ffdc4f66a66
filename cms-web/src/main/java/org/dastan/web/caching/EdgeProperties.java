package org.dastan.web.caching;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How an edge cache (Varnish, a CDN) in front of the nodes may keep public pages, and
 * where to tell it what changed.
 *
 * @param sharedMaxAge how long a shared cache may keep a page ({@code s-maxage}); a
 * change purges it sooner
 * @param staleWhileRevalidate how long past that it may serve the page while it fetches a
 * new one
 * @param purgeUrls the edge caches to send {@code PURGE} requests by key to, after each
 * change made on this node; none by default
 * @param purgeTimeout how long to wait for each of them
 * @param repurgeAfter when to purge the same keys once more: a page a node was rendering
 * from the old content as the change committed may reach the edge after the first purge
 */
@ConfigurationProperties("dastan.edge")
@Validated
public record EdgeProperties(@DefaultValue("PT5M") @NotNull Duration sharedMaxAge,
		@DefaultValue("PT30S") @NotNull Duration staleWhileRevalidate, @DefaultValue List<URI> purgeUrls,
		@DefaultValue("PT2S") @NotNull Duration purgeTimeout, @DefaultValue("PT2S") @NotNull Duration repurgeAfter) {

	/**
	 * The Cache-Control of a public page: browsers ask each time, shared caches keep it.
	 */
	String cacheControl() {
		return "public, max-age=0, s-maxage=" + this.sharedMaxAge.toSeconds() + ", stale-while-revalidate="
				+ this.staleWhileRevalidate.toSeconds();
	}

}
