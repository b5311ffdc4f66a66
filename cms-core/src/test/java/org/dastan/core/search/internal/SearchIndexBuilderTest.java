package org.dastan.core.search.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.search.ArticleSearch;
import org.dastan.core.search.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An index that lost articles, such as a deleted index directory beside an existing
 * database, is rebuilt at start-up; and so is any index after a restore asked for it.
 */
@SpringBootTest
class SearchIndexBuilderTest {

	@Autowired
	private SearchIndexBuilder builder;

	@Autowired
	private ArticleSearch search;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void deleteArticles() {
		this.articles.deleteAll();
	}

	@Test
	void rebuildsAnIndexThatMissesArticles() {
		this.transaction.executeWithoutResult((status) -> {
			Search.session(this.entityManager).indexingPlanFilter((filter) -> filter.exclude(Article.class));
			Article article = new Article("nomad-games", "Nomad games open in Cholpon-Ata");
			article.publish(Instant.now().minusSeconds(3600));
			this.entityManager.persist(article);
		});
		assertThat(found("nomad")).isZero();

		this.builder.run(new DefaultApplicationArguments());

		await().atMost(Duration.ofSeconds(20)).until(() -> found("nomad") == 1);
	}

	@Test
	void rebuildsTheWholeIndexWhenARestoreAsks() {
		this.transaction.executeWithoutResult((status) -> {
			Article article = new Article("eagle-hunters", "Eagle hunters gather in Bokonbaevo");
			article.publish(Instant.now().minusSeconds(3600));
			this.entityManager.persist(article);
		});
		// As many articles indexed as stored, but not these: as after a restore beside
		// an index left from before.
		this.jdbc.update("update articles set title = 'Falconry festival in Bokonbaevo'");
		this.jdbc.update("insert into app_flags (name, set_at) values (?, ?)", SearchIndex.REBUILD_FLAG,
				Timestamp.from(Instant.now()));
		assertThat(found("falconry")).isZero();

		this.builder.run(new DefaultApplicationArguments());

		await().atMost(Duration.ofSeconds(20)).until(() -> found("falconry") == 1);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.jdbc.queryForObject("select count(*) from app_flags where name = ?", Long.class,
					SearchIndex.REBUILD_FLAG) == 0);
	}

	private long found(String query) {
		return this.search.search(query, PageRequest.of(0, 10)).getTotalElements();
	}

}
