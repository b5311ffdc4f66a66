package org.dastan.core.change;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the content version every few hundred milliseconds and announces
 * {@link ContentChanged} when it moved, or when the next scheduled article's publication
 * time has passed (that makes content public without any save). Each node polls for
 * itself, so caches follow edits made on any node; a change committed on this node is
 * announced at once.
 */
@Component
public class ContentVersion {

	private static final Logger logger = LoggerFactory.getLogger(ContentVersion.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final List<ScheduledContent> scheduled;

	private volatile long version = -1;

	private volatile Instant nextPublication;

	// Commits of this node since the last poll: announced at once, so the poll need not
	// announce them again (which would empty every cache a second time per save).
	private final AtomicLong localCommits = new AtomicLong();

	private final Runnable localCommit = () -> {
		this.localCommits.incrementAndGet();
		announce(this.version);
	};

	ContentVersion(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events,
			EntityManagerFactory entityManagerFactory, List<ScheduledContent> scheduled) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.scheduled = scheduled;
		ContentChangeListener.addAfterCommitHook(entityManagerFactory.unwrap(SessionFactoryImplementor.class),
				this.localCommit);
	}

	@PreDestroy
	void close() {
		ContentChangeListener.removeAfterCommitHook(this.localCommit);
	}

	/** The version this node last saw; caches may tag what they hold with it. */
	public long current() {
		return this.version;
	}

	@Scheduled(fixedDelayString = "${dastan.cache.poll-interval:PT0.25S}")
	public synchronized void poll() {
		try {
			long seen = this.jdbc.queryForObject("select version from content_version where id = 1", Long.class);
			long local = this.localCommits.getAndSet(0);
			Instant now = this.clock.instant();
			boolean due = this.nextPublication != null && !now.isBefore(this.nextPublication);
			if (seen != this.version || due) {
				// Each commit adds one: more than this node's own means another node's.
				boolean others = this.version < 0 || seen != this.version + local;
				this.version = seen;
				this.nextPublication = nextPublicationAfter(now);
				if (others || due) {
					announce(seen);
				}
			}
		}
		catch (DataAccessException ex) {
			logger.warn("Could not read the content version; caches expire on their own meanwhile: {}",
					ex.getMessage());
		}
	}

	private void announce(long seen) {
		this.events.publishEvent(new ContentChanged(seen));
	}

	private Instant nextPublicationAfter(Instant now) {
		return this.scheduled.stream()
			.map((content) -> content.nextPublicationAfter(now))
			.filter(Objects::nonNull)
			.min(Instant::compareTo)
			.orElse(null);
	}

}
