package org.dastan.core.wxr;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a running import is, for a progress bar to ask from another thread; it holds
 * the report, or why the import failed, when it ends.
 */
public final class WxrProgress {

	private final AtomicLong total = new AtomicLong();

	private final AtomicLong done = new AtomicLong();

	private volatile WxrReport report;

	private volatile String failure;

	void start(long items) {
		this.total.set(items);
	}

	void itemDone() {
		this.done.incrementAndGet();
	}

	void finish(WxrReport report) {
		this.report = report;
	}

	/** The import stopped: the file could not be read, or something broke on the way. */
	public void fail(String why) {
		this.failure = why;
	}

	public long total() {
		return this.total.get();
	}

	public long done() {
		return this.done.get();
	}

	/** From 0 to 100. */
	public int percent() {
		long all = total();
		return (this.report != null) ? 100 : (all == 0) ? 0 : (int) Math.min(99, done() * 100 / all);
	}

	public boolean finished() {
		return this.report != null || this.failure != null;
	}

	public WxrReport report() {
		return this.report;
	}

	public String failure() {
		return this.failure;
	}

}
