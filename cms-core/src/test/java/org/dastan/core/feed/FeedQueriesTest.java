package org.dastan.core.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

import org.dastan.core.article.model.Article;
import org.dastan.core.author.model.Author;
import org.dastan.core.article.model.Article;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed and sitemap queries see public articles only, in the right order, with the
 * right dates.
 */
@DataJpaTest(properties = { "dastan.feeds.items=3", "dastan.feeds.sitemap-urls=3" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ FeedArticles.class, SitemapEntries.class, FeedConfiguration.class, CoreConfiguration.class,
		FeedQueriesTest.FixedClock.class })
class FeedQueriesTest {

	static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private FeedArticles feeds;

	@Autowired
	private SitemapEntries sitemap;

	private Tag kazakhstan;

	private Tag energy;

	private Author first;

	private Author idle;

	@BeforeEach
	void newsroom() {
		this.kazakhstan = this.entities.persist(new Tag("kazakhstan", "Kazakhstan", TagKind.SECTION));
		Tag uzbekistan = this.entities.persist(new Tag("uzbekistan", "Uzbekistan", TagKind.SECTION));
		this.energy = this.entities.persist(new Tag("energy", "Energy", TagKind.TOPIC));
		Tag water = this.entities.persist(new Tag("water", "Water", TagKind.TOPIC));
		Tag unused = this.entities.persist(new Tag("unused", "Unused", TagKind.TOPIC));
		this.first = this.entities.persist(new Author("first-author", "First Author"));
		Author second = this.entities.persist(new Author("second-author", "Second Author"));
		this.idle = this.entities.persist(new Author("idle-author", "Idle Author"));

		Article old = article("old-story", this.kazakhstan, Set.of(this.energy), List.of(second, this.first));
		published(old, NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(9)));
		Article recent = article("recent-story", uzbekistan, Set.of(water, this.energy), List.of(this.first));
		published(recent, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(1)));
		Article yesterday = article("yesterday-story", this.kazakhstan, Set.of(), List.of());
		published(yesterday, NOW.minus(Duration.ofHours(30)), NOW.minus(Duration.ofHours(30)));
		// Written five days ago, scheduled, and out three days ago.
		Article scheduledEarlier = article("scheduled-earlier", this.kazakhstan, Set.of(), List.of());
		published(scheduledEarlier, NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(5)));
		Article draft = article("draft-story", this.kazakhstan, Set.of(unused), List.of(this.idle));
		draft.markUpdated(NOW);
		this.entities.persist(draft);
		Article scheduled = article("scheduled-story", uzbekistan, Set.of(this.energy, unused), List.of(this.idle));
		published(scheduled, NOW.plus(Duration.ofHours(1)), NOW);
		this.entities.flush();
		this.entities.clear();
	}

	@Test
	void feedsListOnlyPublicArticlesNewestFirstUpToTheConfiguredCount() {
		assertThat(this.feeds.latest()).extracting(FeedItem::slug)
			.containsExactly("recent-story", "yesterday-story", "scheduled-earlier");
	}

	@Test
	void feedItemsCarryTheirBylineInOrderAndTheSectionBeforeTheTags() {
		FeedItem old = this.feeds.inSection(this.kazakhstan.getId())
			.stream()
			.filter((item) -> item.slug().equals("old-story"))
			.findFirst()
			.orElseThrow();
		assertThat(old.authors()).containsExactly("Second Author", "First Author");
		assertThat(old.categories()).containsExactly("Kazakhstan", "Energy");
		assertThat(this.feeds.latest().get(0).categories()).containsExactly("Uzbekistan", "Energy", "Water");
	}

	@Test
	void sectionTagAndAuthorFeedsHoldOnlyTheirPublicArticles() {
		assertThat(this.feeds.inSection(this.kazakhstan.getId())).extracting(FeedItem::slug)
			.containsExactly("yesterday-story", "scheduled-earlier", "old-story");
		assertThat(this.feeds.withTag(this.energy.getId())).extracting(FeedItem::slug)
			.containsExactly("recent-story", "old-story");
		assertThat(this.feeds.byAuthor(this.first.getId())).extracting(FeedItem::slug)
			.containsExactly("recent-story", "old-story");
		assertThat(this.feeds.byAuthor(this.idle.getId())).isEmpty();
	}

	@Test
	void newsHoldsOnlyArticlesPublishedWithinTheWindow() {
		assertThat(this.feeds.publishedWithin(Duration.ofHours(48))).extracting(NewsEntry::slug)
			.containsExactly("recent-story", "yesterday-story");
	}

	@Test
	void sitemapPagesPublicArticlesInTheOrderTheyWereWritten() {
		assertThat(this.sitemap.countArticles()).isEqualTo(4);
		assertThat(this.sitemap.articles(0)).extracting(SitemapEntry::slug)
			.containsExactly("old-story", "recent-story", "yesterday-story");
		assertThat(this.sitemap.articles(1)).extracting(SitemapEntry::slug).containsExactly("scheduled-earlier");
	}

	@Test
	void sitemapDatesAnArticleByItsLaterOfPublicationAndLastEdit() {
		assertThat(this.sitemap.articles(0).get(0).lastModified()).isEqualTo(NOW.minus(Duration.ofDays(9)));
		assertThat(this.sitemap.articles(1).get(0).lastModified()).isEqualTo(NOW.minus(Duration.ofDays(3)));
	}

	@Test
	void listingsCarryTheLatestChangeOfTheirPublicArticlesAndSkipEmptyOnes() {
		Listings listings = this.sitemap.listings();
		assertThat(listings.home()).isEqualTo(NOW.minus(Duration.ofHours(1)));
		assertThat(listings.sections()).containsExactly(new SitemapEntry("kazakhstan", NOW.minus(Duration.ofHours(30))),
				new SitemapEntry("uzbekistan", NOW.minus(Duration.ofHours(1))));
		assertThat(listings.topics()).containsExactly(new SitemapEntry("energy", NOW.minus(Duration.ofHours(1))),
				new SitemapEntry("water", NOW.minus(Duration.ofHours(1))));
		assertThat(listings.authors()).containsExactly(new SitemapEntry("first-author", NOW.minus(Duration.ofHours(1))),
				new SitemapEntry("second-author", NOW.minus(Duration.ofDays(9))));
		assertThat(listings.size()).isEqualTo(7);
	}

	private static Article article(String slug, Tag section, Set<Tag> tags, List<Author> authors) {
		Article article = new Article(slug, slug.replace('-', ' '));
		article.writeStandfirst("About " + slug);
		article.placeIn(section);
		article.tagWith(tags);
		article.creditTo(authors);
		return article;
	}

	private void published(Article article, Instant publishedAt, Instant updatedAt) {
		if (publishedAt.isAfter(NOW)) {
			article.schedule(publishedAt, NOW);
		}
		else {
			article.publish(publishedAt);
		}
		article.markUpdated(updatedAt);
		this.entities.persist(article);
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
