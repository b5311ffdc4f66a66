package org.dastan.core.article.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.dastan.core.article.ArticleImports;
import org.dastan.core.article.ArticlePublished;
import org.dastan.core.article.ImportArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A scheduled article whose time comes is announced as published once, and an article
 * published at once is not announced again.
 */
// The job's own runs would take the announcement off the test's thread.
@SpringBootTest(properties = "dastan.articles.publication-check=PT1H")
@RecordApplicationEvents
class ScheduledPublicationsTest {

	@Autowired
	private ScheduledPublications publications;

	@Autowired
	private ArticleImports imports;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ApplicationEvents events;

	@AfterEach
	void deleteArticles() {
		this.articles.deleteAll();
	}

	@Test
	void announcesAScheduledArticleOnceWhenItsTimeComes() {
		this.publications.announceDue();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Instant soon = now.plusMillis(800);
		long scheduled = this.imports.add(article("goes-out-soon", soon, now));
		this.imports.add(article("out-at-once", now.minusMillis(10), now.minusMillis(10)));

		await().until(() -> Instant.now().isAfter(soon));
		this.publications.announceDue();
		this.publications.announceDue();

		assertThat(this.events.stream(ArticlePublished.class)).singleElement()
			.satisfies((published) -> assertThat(published.article().articleId()).isEqualTo(scheduled));
	}

	private static ImportArticle article(String slug, Instant publishedAt, Instant updatedAt) {
		return new ImportArticle(slug, slug, null, "<p>Text.</p>", null, Set.of(), List.of(), null, null, null,
				publishedAt, updatedAt, 0);
	}

}
