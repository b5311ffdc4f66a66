package org.dastan.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts article views in memory and adds them to the database in one batch every few
 * seconds, so a busy article costs no write per view. Views arrive from a beacon the
 * article page sends, which keeps counting even when the page itself is served from a
 * cache. Each node counts its own views and adds them, so several nodes add up.
 */
@Component
public class ViewCounter {

	// Bounds the memory a flood of made-up article ids can take between two flushes.
	static final int MAX_PENDING_ARTICLES = 10_000;

	private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	ViewCounter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(long articleId) {
		if (this.pending.size() >= MAX_PENDING_ARTICLES && !this.pending.containsKey(articleId)) {
			return;
		}
		this.pending.computeIfAbsent(articleId, (id) -> new LongAdder()).increment();
	}

	/**
	 * Adds the views counted since the last flush; views of unknown or unpublished
	 * articles are dropped.
	 */
	@Scheduled(fixedDelayString = "${dastan.views.flush-interval:PT10S}")
	@PreDestroy
	public void flush() {
		List<Object[]> batch = new ArrayList<>();
		for (Long articleId : List.copyOf(this.pending.keySet())) {
			LongAdder views = this.pending.remove(articleId);
			if (views != null && views.sum() > 0) {
				batch.add(new Object[] { views.sum(), articleId });
			}
		}
		if (!batch.isEmpty()) {
			this.jdbc.batchUpdate(
					"update articles set view_count = view_count + ? where id = ? and status = 'PUBLISHED'", batch);
		}
	}

}
