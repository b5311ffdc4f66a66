package org.dastan.core.search.internal;

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
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.search.ArticleSearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An index that lost articles, such as a deleted index directory beside an existing
 * database, is rebuilt at start-up.
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

	private long found(String query) {
		return this.search.search(query, PageRequest.of(0, 10)).getTotalElements();
	}

}
