package org.dastan.core.article;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import org.dastan.core.article.model.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public-article rule says the same in JPQL, in SQL and in Java, for articles in
 * every status and at every time around now.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PublicArticleRuleTest {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final Instant EARLIER = NOW.minus(Duration.ofDays(2));

	@Autowired
	private TestEntityManager entities;

	@BeforeEach
	void articlesInEveryState() {
		store("draft", (article) -> {
		});
		store("in-review", Article::submit);
		store("published-yesterday", (article) -> article.publish(NOW.minus(Duration.ofDays(1))));
		store("published-this-second", (article) -> article.publish(NOW));
		// Scheduled earlier for a time that has come since: public without any save.
		store("scheduled-past", (article) -> article.schedule(NOW.minusSeconds(60), EARLIER));
		store("scheduled-future", (article) -> article.schedule(NOW.plusSeconds(60), NOW));
		store("archived", (article) -> {
			article.publish(EARLIER);
			article.archive(NOW);
		});
		store("archived-draft", (article) -> article.archive(NOW));
		store("unpublished", (article) -> {
			article.publish(EARLIER);
			article.unpublish(NOW);
		});
		this.entities.flush();
		this.entities.clear();
	}

	@Test
	void jpqlSqlAndJavaAgreeOnTheSameArticles() {
		List<String> java = this.entities.getEntityManager()
			.createQuery("select a from Article a order by a.slug", Article.class)
			.getResultList()
			.stream()
			.filter((article) -> PublicArticleRule.isPublic(article.getStatus(), article.getPublishedAt(), NOW))
			.map(Article::getSlug)
			.toList();
		List<String> jpql = this.entities.getEntityManager()
			.createQuery("select a.slug from Article a where " + PublicArticleRule.JPQL + " order by a.slug",
					String.class)
			.setParameter("now", NOW)
			.getResultList();
		@SuppressWarnings("unchecked")
		List<String> sql = this.entities.getEntityManager()
			.createNativeQuery("select a.slug from articles a where " + PublicArticleRule.SQL + " order by a.slug")
			.setParameter("now", NOW.atOffset(ZoneOffset.UTC))
			.getResultList();

		assertThat(java).containsExactly("published-this-second", "published-yesterday", "scheduled-past");
		assertThat(jpql).isEqualTo(java);
		assertThat(sql).isEqualTo(java);
	}

	@Test
	void scheduledIsWhatIsPublishedButNotYetPublic() {
		List<String> scheduled = this.entities.getEntityManager()
			.createQuery("select a.slug from Article a where " + PublicArticleRule.SCHEDULED_JPQL, String.class)
			.setParameter("now", NOW)
			.getResultList();
		assertThat(scheduled).containsExactly("scheduled-future");
		assertThat(this.entities.getEntityManager()
			.createNativeQuery("select a.slug from articles a where " + PublicArticleRule.SCHEDULED_SQL)
			.setParameter("now", NOW.atOffset(ZoneOffset.UTC))
			.getResultList()).containsExactly("scheduled-future");
		assertThat(PublicArticleRule.isScheduled(ArticleStatus.PUBLISHED, NOW.plusSeconds(1), NOW)).isTrue();
		assertThat(PublicArticleRule.isScheduled(ArticleStatus.PUBLISHED, NOW, NOW)).isFalse();
	}

	private void store(String slug, Consumer<Article> state) {
		Article article = new Article(slug, slug);
		state.accept(article);
		this.entities.persist(article);
	}

}
