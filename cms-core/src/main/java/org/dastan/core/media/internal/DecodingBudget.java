package org.dastan.core.media.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import org.dastan.core.media.MediaBusyException;
import org.dastan.core.media.MediaProperties;

/**
 * The memory that decoding uploads may take at once, counted in pixels. Each decode
 * reserves the pixels it will hold before it reads the first one and gives them back once
 * its files are written; an upload that finds no room within the configured wait is
 * refused as busy rather than risking an {@link OutOfMemoryError} for every request.
 */
@Component
public class DecodingBudget {

	/**
	 * Pixels per byte of heap when no budget is configured: decoded pictures take up to
	 * four bytes a pixel, and a quarter of the heap goes to them.
	 */
	private static final int HEAP_BYTES_PER_PIXEL = 16;

	private final int pixels;

	private final Duration wait;

	// Not fair: a small picture that fits beside the decodes running goes at once instead
	// of queueing behind a large one; the large one waits no longer than the wait anyway.
	private final Semaphore available;

	DecodingBudget(MediaProperties properties) {
		long budget = (properties.decodeBudgetPixels() != null) ? properties.decodeBudgetPixels()
				: Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_PIXEL;
		this.pixels = (int) Math.min(Integer.MAX_VALUE, budget);
		this.wait = properties.decodeWait();
		this.available = new Semaphore(this.pixels);
	}

	int pixels() {
		return this.pixels;
	}

	/**
	 * Reserves room for a decode of the given pixels, waiting for it at most the
	 * configured time. A decode larger than the whole budget waits for all of it, and so
	 * runs alone.
	 * @throws MediaBusyException if no room came free in time
	 */
	public Reservation reserve(long pixels) {
		int permits = (int) Math.max(1, Math.min(pixels, this.pixels));
		try {
			if (!this.available.tryAcquire(permits, this.wait.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new MediaBusyException(pixels);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MediaBusyException(pixels);
		}
		return () -> this.available.release(permits);
	}

	/** Room held for one decode, given back on close. */
	@FunctionalInterface
	public interface Reservation extends AutoCloseable {

		@Override
		void close();

	}

}
