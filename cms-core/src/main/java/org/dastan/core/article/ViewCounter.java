package org.dastan.core.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ViewCounter(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(long articleId) {
		if (this.pending.size() >= MAX_PENDING_ARTICLES && !this.pending.containsKey(articleId)) {
			return;
		}
		this.pending.computeIfAbsent(articleId, (id) -> new LongAdder()).increment();
	}

	/**
	 * Adds the views counted since the last flush; views of unknown articles, or of
	 * articles that are not public, are dropped.
	 */
	@Scheduled(fixedDelayString = "${dastan.views.flush-interval:PT10S}")
	@PreDestroy
	public void flush() {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		List<MapSqlParameterSource> batch = new ArrayList<>();
		for (Long articleId : List.copyOf(this.pending.keySet())) {
			LongAdder views = this.pending.remove(articleId);
			if (views != null && views.sum() > 0) {
				batch.add(new MapSqlParameterSource().addValue("views", views.sum())
					.addValue("id", articleId)
					.addValue("now", now));
			}
		}
		if (!batch.isEmpty()) {
			this.jdbc.batchUpdate("update articles a set view_count = view_count + :views where a.id = :id and "
					+ PublicArticleRule.SQL, batch.toArray(MapSqlParameterSource[]::new));
		}
	}

}
