package org.dastan.core.search.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.search.ArticleSearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coordination several nodes use: a save goes to the outbox table in its transaction
 * and becomes searchable once a node has indexed it from there. Runs on this module's
 * database (H2, or PostgreSQL with -Ppostgresql), so it also proves that migration V24
 * creates the tables Hibernate Search's outbox-polling validates and uses.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling")
@DirtiesContext
class OutboxPollingTest {

	@Autowired
	private ArticleSearch search;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void deleteArticles() {
		this.articles.deleteAll();
	}

	@Test
	void indexesASaveFromTheOutboxAndEmptiesIt() {
		Article article = new Article("silk-road-forum", "Silk Road forum opens in Samarkand");
		article.publish(Instant.now().minusSeconds(60));
		this.articles.save(article);

		await().atMost(Duration.ofSeconds(20)).until(() -> found("Samarkand") == 1);
		await().atMost(Duration.ofSeconds(5)).until(() -> pendingEvents() == 0);
	}

	@Test
	void dropsADeletedArticleFromTheIndex() {
		Article article = new Article("caravan", "Caravanserai restored in Bukhara");
		article.publish(Instant.now().minusSeconds(60));
		this.articles.save(article);
		await().atMost(Duration.ofSeconds(20)).until(() -> found("Bukhara") == 1);

		this.articles.delete(article);

		await().atMost(Duration.ofSeconds(20)).until(() -> found("Bukhara") == 0);
	}

	private long found(String query) {
		return this.search.search(query, PageRequest.of(0, 10)).getTotalElements();
	}

	private long pendingEvents() {
		return this.jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
	}

}
