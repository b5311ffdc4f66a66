package org.dastan.core.article;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import org.dastan.core.author.model.Author;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ids behind every public listing: public articles only, newest first, pages that
 * neither overlap nor skip, whichever way a tag's or byline's articles are found.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PublicArticleIdsTest {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private PublicArticleIds ids;

	@Autowired
	private ArticleRepository articles;

	private Tag energy;

	private Author reporter;

	private final List<Long> publicNewestFirst = new ArrayList<>();

	private long scheduledId;

	@BeforeEach
	void newsroom() {
		this.energy = this.entities.persist(new Tag("energy", "Energy", TagKind.TOPIC));
		this.reporter = this.entities.persist(new Author("reporter", "Reporter"));
		// Seven public articles, two of them published in the same second (the id breaks
		// the tie), written in an order that differs from their publication.
		int[] hoursAgo = { 30, 2, 50, 2, 7, 90, 11 };
		List<Article> written = new ArrayList<>();
		for (int i = 0; i < hoursAgo.length; i++) {
			Article article = article("story-" + i);
			article.publish(NOW.minus(Duration.ofHours(hoursAgo[i])));
			article.addViews(100L * i);
			written.add(this.entities.persist(article));
		}
		written.stream()
			.sorted((a, b) -> b.getPublishedAt().equals(a.getPublishedAt()) ? Long.compare(b.getId(), a.getId())
					: b.getPublishedAt().compareTo(a.getPublishedAt()))
			.forEach((article) -> this.publicNewestFirst.add(article.getId()));
		this.entities.persist(article("a-draft"));
		Article scheduled = article("scheduled");
		scheduled.schedule(NOW.plus(Duration.ofHours(3)), NOW);
		scheduled.addViews(1_000_000);
		this.scheduledId = this.entities.persist(scheduled).getId();
		this.entities.flush();
		this.entities.clear();
	}

	@Test
	void pagesOfATagAreTheSameWhetherItsArticlesAreSortedOrTheIndexIsWalked() {
		for (int fewEnoughToSort : new int[] { 0, 3, 1000 }) {
			assertPagesWalkEveryPublicArticleOnce(
					(page) -> this.ids.findWithTag(this.energy.getId(), NOW, page, fewEnoughToSort));
		}
	}

	@Test
	void pagesOfABylineAreTheSameWhetherItsArticlesAreSortedOrTheIndexIsWalked() {
		for (int fewEnoughToSort : new int[] { 0, 3, 1000 }) {
			assertPagesWalkEveryPublicArticleOnce(
					(page) -> this.ids.findByAuthor(this.reporter.getId(), NOW, page, fewEnoughToSort));
		}
	}

	@Test
	void theLatestPagesHoldOnlyPublicArticlesNewestFirst() {
		// The front page counts its articles once per content change (PublishedArticles).
		long total = this.articles.countPublic(NOW);
		assertPagesWalkEveryPublicArticleOnce(
				(page) -> new PageImpl<>(this.ids.findLatestList(NOW, page), page, total));
		assertThat(this.ids.findLatestList(NOW, PageRequest.of(0, 3))).isEqualTo(this.publicNewestFirst.subList(0, 3));
	}

	@Test
	void aTagOnNoPublicArticleHasAnEmptyFirstPage() {
		Tag unused = this.entities.persist(new Tag("unused", "Unused", TagKind.TOPIC));
		assertThat(this.ids.findWithTag(unused.getId(), NOW, PageRequest.of(0, 3)).getTotalElements()).isZero();
		assertThat(this.ids.findWithTag(this.energy.getId(), NOW, PageRequest.of(5, 3)).getContent()).isEmpty();
	}

	@Test
	void mostReadLeavesOutAScheduledArticleAndStillFillsThePage() {
		List<Long> mostRead = this.ids.findMostRead(NOW, PageRequest.of(0, 3));
		assertThat(mostRead).doesNotContain(this.scheduledId).hasSize(3);
		// story-6 has the most views (600), then story-5 and story-4.
		assertThat(mostRead).containsExactly(idOf("story-6"), idOf("story-5"), idOf("story-4"));
		assertThat(this.ids.findMostRead(NOW, PageRequest.of(1, 3))).containsExactly(idOf("story-3"), idOf("story-2"),
				idOf("story-1"));
	}

	private void assertPagesWalkEveryPublicArticleOnce(Function<PageRequest, Page<Long>> pageOf) {
		List<Long> walked = new ArrayList<>();
		for (int number = 0; number < 3; number++) {
			Page<Long> page = pageOf.apply(PageRequest.of(number, 3));
			assertThat(page.getTotalElements()).isEqualTo(7);
			walked.addAll(page.getContent());
		}
		assertThat(walked).isEqualTo(this.publicNewestFirst);
	}

	private long idOf(String slug) {
		return this.entities.getEntityManager()
			.createQuery("select a.id from Article a where a.slug = :slug", Long.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

	private Article article(String slug) {
		Article article = new Article(slug, slug.replace('-', ' '));
		article.tagWith(Set.of(this.energy));
		article.creditTo(List.of(this.reporter));
		return article;
	}

}
