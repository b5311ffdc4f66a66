package org.dastan.core.change;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.dastan.core.article.PublicArticleRule;
import org.dastan.core.change.internal.VersionBumps;

/**
 * Polls the content version every few hundred milliseconds and announces
 * {@link ContentChanged} when it moved, or when the next scheduled article's publication
 * time has passed (that makes content public without any save). Each node polls for
 * itself, so caches follow edits made on any node; a change committed on this node (the
 * features' events bump the version) is announced at once.
 */
@Component
public class ContentVersion {

	private static final Logger logger = LoggerFactory.getLogger(ContentVersion.class);

	// The version, and the first scheduled publication after now (an index seek), in one
	// round trip.
	private static final String POLL = "select version, (select min(a.published_at) from articles a where "
			+ PublicArticleRule.SCHEDULED_SQL + ") from content_version where id = 1";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private volatile long version = -1;

	private volatile Instant nextPublication;

	// Commits of this node since the last poll: announced at once, so the poll need not
	// announce them again (which would empty every cache a second time per save).
	private final AtomicLong localCommits = new AtomicLong();

	ContentVersion(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, VersionBumps bumps) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
		this.events = events;
		bumps.afterLocalCommit(this::committedHere);
	}

	/** The version this node last saw; caches may tag what they hold with it. */
	public long current() {
		return this.version;
	}

	@Scheduled(fixedDelayString = "${dastan.cache.poll-interval:PT0.25S}")
	public synchronized void poll() {
		try {
			Instant now = this.clock.instant();
			Seen seen = this.jdbc.queryForObject(POLL, Map.of("now", now.atOffset(ZoneOffset.UTC)), Seen::of);
			long local = this.localCommits.getAndSet(0);
			boolean due = this.nextPublication != null && !now.isBefore(this.nextPublication);
			// Read at every poll, not only when the version moved: scheduling an article
			// changes no public page yet, so it moves no version.
			this.nextPublication = seen.nextPublication();
			if (seen.version() != this.version || due) {
				// Each commit adds one: more than this node's own means another node's.
				boolean others = this.version < 0 || seen.version() != this.version + local;
				this.version = seen.version();
				if (others || due) {
					announce(seen.version());
				}
			}
		}
		catch (DataAccessException ex) {
			logger.warn("Could not read the content version; caches expire on their own meanwhile: {}",
					ex.getMessage());
		}
	}

	private void committedHere() {
		this.localCommits.incrementAndGet();
		announce(this.version);
	}

	private void announce(long seen) {
		this.events.publishEvent(new ContentChanged(seen));
	}

	private record Seen(long version, Instant nextPublication) {

		static Seen of(ResultSet row, int number) throws SQLException {
			OffsetDateTime next = row.getObject(2, OffsetDateTime.class);
			return new Seen(row.getLong(1), (next != null) ? next.toInstant() : null);
		}

	}

}
