package org.dastan.core.redirect.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.cache.ContentKeys;

/**
 * Every redirect, kept in memory by old path, so that an unknown address costs a map
 * look-up and no query. The map goes when redirects change on any node: the change module
 * writes {@link ContentKey#REDIRECTS} to the change log and every node drops what shows
 * it within a poll (250 ms). Reloaded whole, in one query of four columns: tens of
 * thousands of legacy redirects are a few megabytes. The time to live only bounds what a
 * missed change could leave.
 */
@Component
public class RedirectTable {

	private static final Duration TTL = Duration.ofMinutes(10);

	private final ContentCache<Boolean, Map<String, RedirectRow>> kept;

	private final RedirectRepository redirects;

	RedirectTable(ContentCaches caches, RedirectRepository redirects) {
		this.kept = caches.register(Caffeine.newBuilder().expireAfterWrite(TTL), Long.MAX_VALUE, (map) -> 1);
		this.redirects = redirects;
	}

	/** The redirect of the written-down old path, or null. */
	public RedirectRow find(String oldPath) {
		return this.kept.get(Boolean.TRUE, this::load).get(oldPath);
	}

	private Map<String, RedirectRow> load() {
		ContentKeys.touch(ContentKey.REDIRECTS);
		Map<String, RedirectRow> map = new HashMap<>();
		this.redirects.findRows().forEach((row) -> map.put(row.oldPath(), row));
		return Map.copyOf(map);
	}

}
