package org.dastan.demo;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.CoreTestApplication;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.rate.Ticker;
import org.dastan.core.rate.internal.RateRepository;
import org.dastan.core.sidebar.internal.SidebarWidgetRepository;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo newsroom is seeded on the first start of an empty database, is rich enough to
 * look real, and is never seeded twice.
 */
// A database of its own: the demo it seeds must not show up in other tests that share
// the cached contexts' database.
@SpringBootTest(classes = { CoreTestApplication.class, DemoNewsroom.class, DemoNewsroom.DemoRepositories.class },
		properties = { "dastan.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:dastan-demo;DB_CLOSE_DELAY=-1" })
class DemoNewsroomTest {

	private static final Pattern INTERNAL_LINK = Pattern.compile("href=\"/articles/([a-z0-9-]+)\"");

	@Autowired
	private DemoNewsroom demo;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private PublishedArticles published;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private TagService tags;

	@Autowired
	private RateRepository rates;

	@Autowired
	private Ticker ticker;

	@Autowired
	private SidebarWidgetRepository widgets;

	@Autowired
	private MediaStorage storage;

	@Autowired
	private Clock clock;

	@Autowired
	private EntityManager entityManager;

	@Test
	void seedsAtLeastThirtyPublishedArticlesWithPicturesAndStructure() {
		List<ArticleCard> visible = this.published.latest(PageRequest.of(0, 100)).getContent();
		assertThat(visible).hasSizeGreaterThanOrEqualTo(30);
		assertThat(visible).allSatisfy((card) -> {
			assertThat(card.section()).isNotNull();
			assertThat(card.image()).isNotNull();
			assertThat(Files.size(this.storage.directory().resolve(card.image().fileName()))).isPositive();
		});
		for (Article article : this.articles.findAll()) {
			assertThat(article.getBody()).as(article.getSlug()).contains("<h2>", "<blockquote>", "href=\"/articles/");
		}
	}

	@Test
	@Transactional(readOnly = true)
	void linksOnlyToArticlesReadersCanSee() {
		Set<String> visible = this.articles.findAll()
			.stream()
			.filter((article) -> article.isPublicAt(this.clock.instant()))
			.map(Article::getSlug)
			.collect(Collectors.toSet());
		for (Article article : this.articles.findAll()) {
			Matcher link = INTERNAL_LINK.matcher(article.getBody());
			while (link.find()) {
				assertThat(visible).as("link in " + article.getSlug()).contains(link.group(1));
			}
		}
	}

	@Test
	void keepsADraftAndAScheduledArticleOffThePublicSite() {
		assertThat(this.articles.count()).isGreaterThan(this.published.latest(PageRequest.of(0, 1)).getTotalElements());
		assertThat(this.published.findPage("uzbek-budget-debate-draft")).isEmpty();
		assertThat(this.published.findPage("kazakhstan-census-results-preview")).isEmpty();
	}

	@Test
	@Transactional(readOnly = true)
	void seedsAuthorsWithJobTitlesBiosAndPhotos() {
		List<Author> all = this.authors.findAll();
		assertThat(all).hasSizeGreaterThanOrEqualTo(5);
		assertThat(all).allSatisfy((author) -> {
			assertThat(author.getJobTitle()).isNotBlank();
			assertThat(author.getBio()).isNotBlank();
			assertThat(author.getPhoto()).isNotNull();
		});
	}

	@Test
	void seedsTheFiveCountrySectionsAndThirtyDaysOfRates() {
		assertThat(this.tags.navigation()).filteredOn(TagView::isSection)
			.extracting(TagView::slug)
			.containsExactly("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan");
		assertThat(this.tags.ofKind(TagKind.TOPIC)).isNotEmpty();
		assertThat(this.rates.count()).isEqualTo(5L * DemoNewsroom.RATE_DAYS);
		assertThat(this.ticker.entries()).extracting((entry) -> entry.currency())
			.containsExactly("KGS", "KZT", "TJS", "UZS", "TMT");
		assertThat(this.ticker.entries()).allSatisfy((entry) -> assertThat(entry.previousValue()).isNotNull());
		assertThat(this.widgets.count()).isGreaterThanOrEqualTo(3);
	}

	@Test
	@Transactional(readOnly = true)
	void recordsAnEnversRevisionForEverySeededArticle() {
		AuditReader audit = AuditReaderFactory.get(this.entityManager);
		for (Article article : this.articles.findAll()) {
			List<Number> revisions = audit.getRevisions(Article.class, article.getId());
			assertThat(revisions).as(article.getSlug()).hasSize(1);
			assertThat(audit.find(Article.class, article.getId(), revisions.get(0)).getTitle())
				.isEqualTo(article.getTitle());
		}
	}

	@Test
	void neverSeedsTwice() {
		long before = this.articles.count();
		this.demo.run(new DefaultApplicationArguments());
		assertThat(this.demo.wasSeeded()).isTrue();
		assertThat(this.articles.count()).isEqualTo(before);
	}

}
