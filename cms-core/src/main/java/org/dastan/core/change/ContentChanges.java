package org.dastan.core.change;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.dastan.core.cache.ContentKey;
import org.dastan.core.change.internal.ChangeLog;

/**
 * Reads the change log every few hundred milliseconds and announces each change another
 * node made as {@link ContentChanged}, with the keys it touched; a change committed on
 * this node is announced at once, and skipped when read (its row names the node that
 * wrote it). Rows are numbered as they are written, not as they commit, so a number
 * skipped by a read may still commit: it is looked for again for a while
 * ({@link #LATE_COMMIT}), then given up (a rollback skips numbers for good).
 */
@Component
public class ContentChanges {

	private static final Logger logger = LoggerFactory.getLogger(ContentChanges.class);

	// Far longer than the moment between a row's write and its commit.
	private static final Duration LATE_COMMIT = Duration.ofSeconds(30);

	// Every node reads what was written since it started; rows older than this are read
	// by no one.
	private static final Duration KEPT = Duration.ofHours(1);

	private static final String READ = "select id, content_keys, written_by from content_changes where id > :last";

	private static final String NEWEST = "select coalesce(max(id), 0) from content_changes";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	// This node's rows, announced as they committed.
	private final String node;

	private long last = -1;

	// Numbers skipped by a read, and when they were first missed.
	private final Map<Long, Instant> missing = new HashMap<>();

	private Instant lastPrune = Instant.EPOCH;

	ContentChanges(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, ChangeLog log) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
		this.events = events;
		this.node = log.node();
		log.afterLocalCommit(this::committedHere);
	}

	@Scheduled(fixedDelayString = "${dastan.cache.poll-interval:PT0.25S}")
	public synchronized void poll() {
		try {
			long newest = this.jdbc.getJdbcOperations().queryForObject(NEWEST, Long.class);
			if (this.last < 0 || newest < this.last) {
				// The first poll starts from now; a log that went back (emptied, or the
				// database restored from a backup) says nothing of what changed since the
				// last read, so everything goes.
				if (this.last >= 0) {
					announce(Set.of(ContentKey.ALL), false);
				}
				this.last = newest;
				this.missing.clear();
				return;
			}
			Instant now = this.clock.instant();
			String query = this.missing.isEmpty() ? READ : READ + " or id in (:missing)";
			List<Row> rows = this.jdbc.query(query, Map.of("last", this.last, "missing", this.missing.keySet()),
					(row, number) -> new Row(row.getLong(1), row.getString(2), row.getString(3)));
			rows.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).forEach((row) -> seen(row, now));
			this.missing.values().removeIf((since) -> since.plus(LATE_COMMIT).isBefore(now));
			prune(now);
		}
		catch (DataAccessException ex) {
			logger.warn("Could not read the content changes; caches expire on their own meanwhile: {}",
					ex.getMessage());
		}
	}

	private void seen(Row row, Instant now) {
		this.missing.remove(row.id());
		for (long skipped = this.last + 1; skipped < row.id(); skipped++) {
			this.missing.put(skipped, now);
		}
		this.last = Math.max(this.last, row.id());
		if (!row.writtenBy().equals(this.node)) {
			announce(row.keys(), false);
		}
	}

	private void prune(Instant now) {
		if (this.lastPrune.plus(Duration.ofMinutes(1)).isAfter(now)) {
			return;
		}
		this.lastPrune = now;
		// The newest row stays, so that the numbering goes on from it.
		this.jdbc.update(
				"delete from content_changes where changed_at < :before"
						+ " and id < (select max(id) from content_changes)",
				Map.of("before", Timestamp.from(now.minus(KEPT))));
	}

	private void committedHere(Set<String> keys) {
		announce(keys, true);
	}

	private void announce(Set<String> keys, boolean madeHere) {
		this.events.publishEvent(new ContentChanged(keys, madeHere));
	}

	private record Row(long id, Set<String> keys, String writtenBy) {

		Row(long id, String keys, String writtenBy) {
			this(id, Arrays.stream(keys.split(" ")).filter((key) -> !key.isEmpty()).collect(Collectors.toSet()),
					writtenBy);
		}

	}

}
