package org.dastan.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that tests move forward instead of waiting. Import {@link Config} to make it
 * the application's clock.
 */
public final class MovableClock extends Clock {

	private volatile Instant now = Instant.now();

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	public void move(Duration by) {
		this.now = this.now.plus(by);
	}

	/**
	 * Deliberately not a {@code @Configuration}, so that scanning never picks it up: only
	 * tests that import it get the movable clock.
	 */
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
