package org.dastan.core.redirect.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the readers each redirect sends on in memory, and adds the counts to the table
 * every few seconds in one batch: a reader following an old link waits for no write.
 * Every node adds its own counts; a count that could not be written is kept for the next
 * flush. Written with SQL, not through the entity, so that an admin editing a redirect
 * does not overwrite its hits.
 */
@Component
public class HitCounter {

	private static final Logger logger = LoggerFactory.getLogger(HitCounter.class);

	// The later of the stored and the flushed time: another node may flush an older one
	// after a newer.
	private static final String ADD = """
			update redirects set hits = hits + ?,
			last_hit_at = case when last_hit_at is null or last_hit_at < ? then ? else last_hit_at end
			where id = ?""";

	private final Map<Long, AtomicLong> counts = new ConcurrentHashMap<>();

	private final Map<Long, Instant> lastHits = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	HitCounter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void hit(long redirectId) {
		this.counts.computeIfAbsent(redirectId, (id) -> new AtomicLong()).incrementAndGet();
		this.lastHits.put(redirectId, this.clock.instant());
	}

	/** Adds the hits counted since the last flush to the table. */
	@Scheduled(fixedDelayString = "${dastan.redirects.hits-flush:PT5S}")
	@PreDestroy
	public synchronized void flush() {
		List<Object[]> rows = new ArrayList<>();
		List<long[]> taken = new ArrayList<>();
		this.counts.forEach((id, count) -> {
			long hits = count.getAndSet(0);
			if (hits > 0) {
				Timestamp at = Timestamp.from(this.lastHits.getOrDefault(id, this.clock.instant()));
				rows.add(new Object[] { hits, at, at, id });
				taken.add(new long[] { id, hits });
			}
		});
		if (rows.isEmpty()) {
			return;
		}
		try {
			this.jdbc.batchUpdate(ADD, rows);
		}
		catch (DataAccessException ex) {
			logger.warn("Could not write {} redirects' hits; kept for the next try: {}", rows.size(), ex.getMessage());
			taken.forEach((pair) -> this.counts.get(pair[0]).addAndGet(pair[1]));
		}
	}

}
