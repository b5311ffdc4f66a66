package org.dastan.core.article.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.ArticlePublished;
import org.dastan.core.article.model.Article;

/**
 * Announces {@link ArticlePublished} once for each scheduled article whose time has come:
 * nothing is saved at that moment, so the article itself cannot. The time up to which
 * publications were announced is kept in a row of {@code app_flags}; the node whose
 * update moves it on announces what lies between, so several nodes announce each
 * publication once, and a restart neither repeats nor loses one.
 */
@Component
public class ScheduledPublications {

	static final String ANNOUNCED_UNTIL = "articles.publications-announced-until";

	private static final Duration WATERMARK_STEP = Duration.ofMinutes(1);

	private final ArticleRepository articles;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScheduledPublications(ArticleRepository articles, JdbcTemplate jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.articles = articles;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Announces the publications whose time came since the last call on any node. */
	@Scheduled(fixedDelayString = "${dastan.articles.publication-check:PT1S}")
	@Transactional
	public void announceDue() {
		OffsetDateTime now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
		List<OffsetDateTime> announced = this.jdbc.queryForList("select set_at from app_flags where name = ?",
				OffsetDateTime.class, ANNOUNCED_UNTIL);
		if (announced.isEmpty()) {
			// The first start: what went out before it is not news.
			this.jdbc.update("insert into app_flags (name, set_at) values (?, ?)", ANNOUNCED_UNTIL, now);
			return;
		}
		OffsetDateTime since = announced.get(0);
		if (!now.isAfter(since)) {
			return;
		}
		List<Article> due = this.articles.findPublishedAsScheduled(since.toInstant(), now.toInstant());
		// Checked every second: the row is written only when there is news, or now and
		// then so that the range read stays short.
		if (due.isEmpty() && since.isAfter(now.minus(WATERMARK_STEP))) {
			return;
		}
		if (this.jdbc.update("update app_flags set set_at = ? where name = ? and set_at = ?", now, ANNOUNCED_UNTIL,
				since) != 1) {
			return;
		}
		due.forEach((article) -> this.events.publishEvent(new ArticlePublished(article.refs())));
	}

}
