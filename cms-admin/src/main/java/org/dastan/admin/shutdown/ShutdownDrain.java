package org.dastan.admin.shutdown;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the node serving for {@code dastan.shutdown.drain-delay} after SIGTERM, with
 * readiness already down (Spring Boot reports it the moment the context starts to close),
 * before the server's graceful shutdown closes the listener. A load balancer polling
 * {@code /actuator/health/readiness} takes the node out of its pool within that time, so
 * no reader's new connection meets a closed port or is reset from the listener's queue.
 * Off (zero) by default: a single node without a balancer gains nothing by waiting.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ShutdownDrain.class);

	private final Duration delay;

	private volatile boolean running;

	ShutdownDrain(@Value("${dastan.shutdown.drain-delay:0s}") Duration delay) {
		this.delay = delay;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		if (this.running && !this.delay.isZero()) {
			logger.info("Readiness is down; serving " + this.delay.toMillis() + " ms more before the server stops");
			try {
				Thread.sleep(this.delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stopped first of all, before the web server's graceful shutdown (one phase lower).
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
