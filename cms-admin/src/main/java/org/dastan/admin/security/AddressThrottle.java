package org.dastan.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Refuses logins from an address that failed {@link #MAX_FAILURES} times within an hour,
 * for the rest of that hour. Counts are kept in memory on each node (a Caffeine cache
 * bounded in size): with several nodes an address may try that often on each, which still
 * stops guessing at scale while account lockout, kept in the database, holds across
 * nodes.
 */
@Component
class AddressThrottle {

	static final int MAX_FAILURES = 50;

	static final Duration WINDOW = Duration.ofHours(1);

	private final Cache<String, Window> windows = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(WINDOW.plusMinutes(5))
		.build();

	private final Clock clock;

	AddressThrottle(Clock clock) {
		this.clock = clock;
	}

	void recordFailure(String address) {
		if (address == null) {
			return;
		}
		Instant now = this.clock.instant();
		this.windows.asMap()
			.compute(address, (key, window) -> (window == null || window.isOverAt(now)) ? new Window(now, 1)
					: new Window(window.start(), window.failures() + 1));
	}

	boolean isRefused(String address) {
		Window window = (address != null) ? this.windows.getIfPresent(address) : null;
		return window != null && !window.isOverAt(this.clock.instant()) && window.failures() >= MAX_FAILURES;
	}

	private record Window(Instant start, int failures) {

		boolean isOverAt(Instant now) {
			return !now.isBefore(this.start.plus(WINDOW));
		}

	}

}
