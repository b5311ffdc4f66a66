package org.dastan.core.article;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.dastan.core.author.model.Author;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.rate.internal.Rate;
import org.dastan.core.suggest.internal.SuggestedLink;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Mappings and migrations together: Flyway builds the schema, Hibernate validates it, and
 * the entities round-trip.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ PublishedArticles.class, LeadStories.class, ContentCaches.class, CoreConfiguration.class,
		ArticlePersistenceTest.FixedClock.class })
class ArticlePersistenceTest {

	static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private PublishedArticles published;

	// Asked only for the front page's section blocks, which these tests leave alone.
	@MockitoBean
	private TagService tags;

	@Autowired
	private MovableClock clock;

	private final HtmlSanitizer sanitizer = new HtmlSanitizer();

	@BeforeEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void keepsAuthorsInBylineOrderAndTagsAndBody() {
		Author second = this.entities.persist(new Author("second-author", "Second Author"));
		Author first = this.entities.persist(new Author("first-author", "First Author"));
		Tag section = this.entities.persist(new Tag("kazakhstan", "Kazakhstan", TagKind.SECTION));
		Tag energy = this.entities.persist(new Tag("energy", "Energy", TagKind.TOPIC));
		Article article = new Article("grid-story", "Grid story");
		article.writeBody(this.sanitizer.sanitize("<h2>Power</h2><p>Text</p>"));
		article.placeIn(section);
		article.tagWith(Set.of(energy));
		article.creditTo(List.of(first, second));
		article.publish(NOW.minusSeconds(3600));
		this.entities.persistAndFlush(article);
		this.entities.clear();

		ArticlePage page = this.published.findPage("grid-story").orElseThrow();
		assertThat(page.authors()).extracting("name").containsExactly("First Author", "Second Author");
		assertThat(page.tags()).extracting("slug").containsExactly("energy");
		assertThat(page.section().name()).isEqualTo("Kazakhstan");
		assertThat(page.bodyHtml()).isEqualTo("<h2>Power</h2><p>Text</p>");
	}

	@Test
	void showsOnlyPublishedArticlesWhoseTimeHasCome() {
		Article live = publishedAt("live", NOW.minusSeconds(60));
		Article scheduled = publishedAt("scheduled", NOW.plusSeconds(3600));
		this.entities.persist(new Article("draft", "Draft"));
		this.entities.persistAndFlush(live);
		this.entities.persistAndFlush(scheduled);

		assertThat(this.published.findPage("live")).isPresent();
		assertThat(this.published.findPage("scheduled")).isEmpty();
		assertThat(this.published.findPage("draft")).isEmpty();
		assertThat(this.published.latest(PageRequest.of(0, 10))).extracting(ArticleCard::slug).containsExactly("live");
	}

	@Test
	void showsAScheduledArticleOnceItsTimeComesWithoutARestart() {
		this.entities.persistAndFlush(publishedAt("at-noon", NOW.plusSeconds(3600)));
		assertThat(this.published.findPage("at-noon")).isEmpty();

		this.clock.advance(Duration.ofHours(1));
		assertThat(this.published.findPage("at-noon")).isPresent();
		assertThat(this.published.latest(PageRequest.of(0, 10))).extracting(ArticleCard::slug).contains("at-noon");
	}

	@Test
	void findsTheCurrentSlugOfARenamedArticle() {
		Article article = publishedAt("old-name", NOW.minusSeconds(60));
		this.entities.persistAndFlush(article);
		article.rename("new-name");
		this.entities.flush();

		assertThat(this.published.findRenamed("old-name")).contains("new-name");
		assertThat(this.published.findPage("old-name")).isEmpty();
		assertThat(this.published.findPage("new-name")).isPresent();
	}

	@Test
	void rejectsADuplicateSlug() {
		this.entities.persistAndFlush(new Article("same", "One"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.articles.saveAndFlush(new Article("same", "Two")));
	}

	@Test
	void rejectsStaleSave() {
		Article article = this.entities.persistAndFlush(new Article("contested", "First title"));
		Long startedFrom = article.getVersion();
		this.entities.getEntityManager()
			.createQuery("update Article a set a.title = 'Someone else', a.version = a.version + 1 where a.id = :id")
			.setParameter("id", article.getId())
			.executeUpdate();
		article.retitle("My title");
		assertThat(startedFrom).isNotNull();
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.articles.saveAndFlush(article));
	}

	@Test
	void databaseRefusesANonPositiveRate() {
		Rate zero = new Rate("KZT", "USD", LocalDate.of(2026, 1, 10), BigDecimal.ZERO, "TEST", NOW);
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> this.entities.persistAndFlush(zero));
	}

	@Test
	void databaseRefusesASuggestedLinkWithBothTargets() {
		Article owner = this.entities.persist(new Article("owner", "Owner"));
		Article target = this.entities.persist(new Article("target", "Target"));
		this.entities.flush();
		this.entities.getEntityManager()
			.createNativeQuery(
					"insert into suggested_links (article_id, target_article_id, position, version) values (?, ?, 0, 0)")
			.setParameter(1, owner.getId())
			.setParameter(2, target.getId())
			.executeUpdate();
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> this.entities.getEntityManager()
			.createNativeQuery(
					"insert into suggested_links (article_id, target_article_id, url, title, position, version) values (?, ?, 'https://a.example', 'A', 1, 0)")
			.setParameter(1, owner.getId())
			.setParameter(2, target.getId())
			.executeUpdate());
		assertThat(SuggestedLink.toArticle(owner, target, 0).getTarget()).isSameAs(target);
	}

	private Article publishedAt(String slug, Instant when) {
		Article article = new Article(slug, slug);
		if (when.isAfter(NOW)) {
			article.schedule(when, NOW);
		}
		else {
			article.publish(when);
		}
		return article;
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		MovableClock fixedClock() {
			return new MovableClock(NOW);
		}

	}

	/** A clock that stands still until a test moves it on. */
	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void reset() {
			this.now = NOW;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
