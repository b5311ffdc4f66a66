package org.dastan.core.suggest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.dastan.core.article.ArticleCards;
import org.dastan.core.article.TaggedArticles;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.ArticlePage;
import org.dastan.core.article.LeadStories;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.suggest.internal.SuggestedLink;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ SuggestedArticles.class, PublishedArticles.class, LeadStories.class, ArticleCards.class, TaggedArticles.class,
		ContentCaches.class, CoreConfiguration.class, SuggestedArticlesTest.FixedClock.class })
@TestPropertySource(properties = "dastan.suggested-count=4")
class SuggestedArticlesTest {

	static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private SuggestedArticles suggested;

	@Autowired
	private PublishedArticles published;

	// Asked only for the front page's section blocks, which these tests leave alone.
	@MockitoBean
	private TagService tags;

	@Test
	void showsTheEditorsPicksFirstInTheirOrderThenFillsWithRelatedArticles() {
		Tag section = this.entities.persist(new Tag("tajikistan", "Tajikistan", TagKind.SECTION));
		Tag rare = this.entities.persist(new Tag("rogun", "Rogun", TagKind.TOPIC));
		Article story = article("story", section, Set.of(rare), 1);
		Article secondPick = article("second-pick", null, Set.of(), 30);
		Article firstPick = article("first-pick", null, Set.of(), 20);
		Article related = article("related", section, Set.of(rare), 5);
		Article sameSectionOnly = article("same-section-only", section, Set.of(), 2);
		article("unrelated", null, Set.of(), 1);
		this.entities.persist(SuggestedLink.toArticle(story, firstPick, 0));
		this.entities.persist(SuggestedLink.toUrl(story, "https://example.org/report", "A report", 1));
		this.entities.persist(SuggestedLink.toArticle(story, secondPick, 2));
		this.entities.flush();

		List<Suggestion> suggestions = this.suggested.forArticle(page("story"));

		assertThat(suggestions).extracting((s) -> s.isExternal() ? s.externalUrl() : s.articleSlug())
			.containsExactly("first-pick", "https://example.org/report", "second-pick", "related");
		assertThat(related.getId()).isNotEqualTo(sameSectionOnly.getId());
	}

	@Test
	void neverSuggestsTheArticleItselfTwiceOrUnpublished() {
		Tag section = this.entities.persist(new Tag("kyrgyzstan", "Kyrgyzstan", TagKind.SECTION));
		Tag topic = this.entities.persist(new Tag("water", "Water", TagKind.TOPIC));
		Article story = article("story", section, Set.of(topic), 1);
		Article pick = article("pick", section, Set.of(topic), 3);
		Article draft = this.entities.persist(new Article("draft", "Draft"));
		Article scheduled = new Article("scheduled", "Scheduled");
		scheduled.schedule(NOW.plusSeconds(3600), NOW);
		scheduled.placeIn(section);
		scheduled.tagWith(Set.of(topic));
		this.entities.persist(scheduled);
		this.entities.persist(SuggestedLink.toArticle(story, pick, 0));
		this.entities.persist(SuggestedLink.toArticle(story, draft, 1));
		this.entities.persist(SuggestedLink.toArticle(story, scheduled, 2));
		this.entities.flush();

		List<Suggestion> suggestions = this.suggested.forArticle(page("story"));

		assertThat(suggestions).extracting(Suggestion::articleSlug).containsExactly("pick");
	}

	@Test
	void findsRelatedArticlesThroughARareTagWhenTheOtherIsOnHundredsOfArticles() {
		Tag busy = this.entities.persist(new Tag("economy", "Economy", TagKind.TOPIC));
		Tag rare = this.entities.persist(new Tag("aral-sea", "Aral Sea", TagKind.TOPIC));
		article("story", null, Set.of(busy, rare), 1);
		article("fishermen-return", null, Set.of(rare), 400);
		// Newer than the Aral story, and so many that reading the newest of both tags
		// together would crowd it out.
		for (int i = 0; i < 310; i++) {
			article("economy-" + i, null, Set.of(busy), 2 + i % 30);
		}
		this.entities.flush();

		List<Suggestion> suggestions = this.suggested.forArticle(page("story"));

		assertThat(suggestions).extracting(Suggestion::articleSlug).hasSize(4).startsWith("fishermen-return");
	}

	private ArticlePage page(String slug) {
		this.entities.clear();
		return this.published.findPage(slug).orElseThrow();
	}

	private Article article(String slug, Tag section, Set<Tag> tags, int daysAgo) {
		Article article = new Article(slug, slug);
		article.placeIn(section);
		article.tagWith(tags);
		article.publish(NOW.minusSeconds(86_400L * daysAgo));
		return this.entities.persist(article);
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
