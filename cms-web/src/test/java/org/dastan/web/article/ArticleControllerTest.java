package org.dastan.web.article;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.ArticlePage;
import org.dastan.core.article.PublishedArticles;
import org.dastan.core.author.AuthorCard;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.page.PublishedPages;
import org.dastan.core.rate.Ticker;
import org.dastan.core.rate.TickerEntry;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.Sidebar;
import org.dastan.core.sidebar.SidebarBlock;
import org.dastan.core.sidebar.WidgetType;
import org.dastan.core.suggest.SuggestedArticles;
import org.dastan.core.suggest.Suggestion;
import org.dastan.core.tag.TagRef;
import org.dastan.core.tag.TagService;
import org.dastan.web.layout.LayoutModel;
import org.dastan.web.layout.SidebarModel;
import org.dastan.web.layout.NewsroomDates;
import org.dastan.web.media.BodyImages;
import org.dastan.web.media.MediaUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(ArticleController.class)
@Import({ CoreConfiguration.class, ContentCaches.class, MediaStorage.class, LayoutModel.class, SidebarModel.class,
		NewsroomDates.class, MediaUrls.class, BodyImages.class, ArticleStructuredData.class, ArticlePageModel.class,
		ArticleControllerTest.FixedClock.class })
class ArticleControllerTest {

	static final Instant NOW = Instant.parse("2026-01-10T06:00:00Z");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PublishedArticles articles;

	@MockitoBean
	private SuggestedArticles suggested;

	@MockitoBean
	private Sidebar sidebar;

	@MockitoBean
	private Ticker ticker;

	@MockitoBean
	private TagService tags;

	@MockitoBean
	private PublishedPages pages;

	@MockitoBean
	private MediaLibrary library;

	@BeforeEach
	void newsroom() {
		given(this.ticker.entries()).willReturn(List.of(new TickerEntry("TJS", "USD", LocalDate.of(2026, 1, 10),
				new BigDecimal("0.10729"), new BigDecimal("0.10769"), false)));
		given(this.sidebar.blocksFor(Placement.ARTICLE)).willReturn(List.of(new SidebarBlock(WidgetType.CUSTOM_TEXT,
				"About us", List.of(), List.of(), List.of(), "<p>We cover the region.</p>", null, null, null)));
		given(this.suggested.forArticle(any())).willReturn(List.of(
				new Suggestion("Tashkent completes its metro ring line", "tashkent-metro-ring-line", null, null, null),
				new Suggestion("A report elsewhere", null, "https://example.org/report", null, null)));
	}

	@Test
	void showsAllSevenPartsOfTheArticlePage() {
		given(this.articles.findPage("rogun-dam")).willReturn(Optional.of(rogun()));

		assertThat(this.mvc.get().uri("/articles/rogun-dam")).hasStatusOk()
			.bodyText()
			// 1. ticker, 2. masthead with today's date in the newsroom's zone (UTC+5)
			.contains("TJS/USD", "0.10729", "-0.37%")
			.contains("10 January 2026")
			// 3. the article: section, date, title, standfirst, image with caption and
			// credit, body
			.contains("Tajikistan", "5 September 2025", "Updated 6 September 2025, 09:00")
			.contains("<h1 class=\"article-title\">Rogun dam reaches a milestone</h1>")
			.contains("Another unit is online.", "Workers on the dam.", "@depositphotos")
			.contains("srcset=\"/media/rogun-480.jpg 480w, /media/rogun.jpg 1200w\"")
			.contains("<h2>Power for winter</h2>")
			// 4. tags, 5. author box
			.contains("href=\"/tags/energy\"", "Regional editor", "View more articles from Daniel Hughes")
			// 6. Suggested Articles, 7. sidebar
			.contains("Suggested Articles", "href=\"/articles/tashkent-metro-ring-line\"", "https://example.org/report")
			.contains("We cover the region.");
	}

	@Test
	void offersTheLibrarysVariantsForPicturesInTheTextAndLeavesOthersAlone() {
		ArticlePage rogun = rogun();
		String body = "<p>Text</p><figure><img src=\"/media/yurts-800.jpg\" alt=\"Yurts\"></figure>"
				+ "<img src=\"/media/dam.jpg\" alt=\"Dam\" loading=\"eager\">"
				+ "<img src=\"https://example.org/lake.jpg\" alt=\"Elsewhere\">"
				+ "<img src=\"/media/gone.jpg\" alt=\"Deleted\">";
		given(this.articles.findPage("rogun-dam")).willReturn(Optional.of(new ArticlePage(rogun.id(), rogun.slug(),
				rogun.title(), rogun.standfirst(), body, rogun.section(), rogun.publishedAt(), rogun.updatedAt(),
				rogun.image(), rogun.imageCaption(), rogun.imageCredit(), rogun.tags(), rogun.authors(), null, null)));
		given(this.library.findImages(any())).willReturn(
				Map.of("yurts.jpg", new ImageRef("yurts.jpg", "Yurts by a lake", 1600, 900, List.of(480, 800, 1200)),
						"dam.jpg", new ImageRef("dam.jpg", "A dam", 400, 300, List.of())));

		assertThat(this.mvc.get().uri("/articles/rogun-dam")).hasStatusOk()
			.bodyText()
			.contains("<img src=\"/media/yurts-800.jpg\" alt=\"Yurts\" srcset=\"/media/yurts-480.jpg 480w, "
					+ "/media/yurts-800.jpg 800w, /media/yurts-1200.jpg 1200w, /media/yurts.jpg 1600w\" "
					+ "sizes=\"(min-width: 992px) 800px, 100vw\" width=\"1600\" height=\"900\" loading=\"lazy\" "
					+ "decoding=\"async\">")
			.contains("<img src=\"/media/dam.jpg\" alt=\"Dam\" loading=\"eager\" srcset=\"/media/dam.jpg 400w\" "
					+ "sizes=\"(min-width: 992px) 800px, 100vw\" width=\"400\" height=\"300\" decoding=\"async\">")
			.contains("<img src=\"https://example.org/lake.jpg\" alt=\"Elsewhere\">")
			.contains("<img src=\"/media/gone.jpg\" alt=\"Deleted\">");
		then(this.library).should()
			.findImages(
					argThat((names) -> names.containsAll(List.of("yurts-800.jpg", "yurts.jpg", "dam.jpg", "gone.jpg"))
							&& !names.contains("lake.jpg")));
	}

	@Test
	void describesTheArticleToSearchEnginesAndSocialSites() {
		given(this.articles.findPage("rogun-dam")).willReturn(Optional.of(rogun()));

		assertThat(this.mvc.get().uri("/articles/rogun-dam")).hasStatusOk()
			.bodyText()
			.contains("<link rel=\"canonical\" href=\"http://localhost/articles/rogun-dam\">")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.contains("<meta property=\"og:image\" content=\"http://localhost/media/og/rogun.jpg?focus=50,50\">")
			.contains("<meta property=\"og:image:width\" content=\"1200\">",
					"<meta property=\"og:image:height\" content=\"630\">")
			.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
			.contains("\"@type\":\"NewsArticle\"", "\"headline\":\"Rogun dam reaches a milestone\"")
			.contains("\"datePublished\":\"2025-09-05T09:00:00+05:00\"",
					"\"dateModified\":\"2025-09-06T09:00:00+05:00\"")
			.contains("\"author\":[{", "\"name\":\"Daniel Hughes\"")
			.contains("\"@type\":\"BreadcrumbList\"", "\"item\":\"http://localhost/sections/tajikistan\"");
	}

	@Test
	void keepsAHostileTitleFromBreakingOutOfTheStructuredData() {
		ArticlePage rogun = rogun();
		ArticlePage hostile = new ArticlePage(rogun.id(), rogun.slug(), "</script><script>alert(1)</script>",
				rogun.standfirst(), rogun.bodyHtml(), rogun.section(), rogun.publishedAt(), rogun.updatedAt(),
				rogun.image(), rogun.imageCaption(), rogun.imageCredit(), rogun.tags(), rogun.authors(), null, null);
		given(this.articles.findPage("rogun-dam")).willReturn(Optional.of(hostile));

		assertThat(this.mvc.get().uri("/articles/rogun-dam")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)")
			.contains("\\u003c/script>\\u003cscript>alert(1)");
	}

	@Test
	void answersAnUnknownSlugWithTheFriendlyNotFoundPage() {
		given(this.articles.findPage("nope")).willReturn(Optional.empty());
		given(this.articles.findRenamed("nope")).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/articles/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Page not found", "Go to the front page")
			.doesNotContain("Exception", "at org.");
	}

	@Test
	void redirectsAnOldSlugPermanentlyToTheNewOne() {
		given(this.articles.findPage("old-slug")).willReturn(Optional.empty());
		given(this.articles.findRenamed("old-slug")).willReturn(Optional.of("new-slug"));

		assertThat(this.mvc.get().uri("/articles/old-slug")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/articles/new-slug");
	}

	private static ArticlePage rogun() {
		ImageRef image = new ImageRef("rogun.jpg", "A dam between mountains", 1200, 675, List.of(480));
		AuthorCard author = new AuthorCard("daniel-hughes", "Daniel Hughes", "Regional editor", "Covers energy.", null);
		return new ArticlePage(1, "rogun-dam", "Rogun dam reaches a milestone", "Another unit is online.",
				"<p>Text</p><h2>Power for winter</h2>", new TagRef(2, "tajikistan", "Tajikistan"),
				Instant.parse("2025-09-05T04:00:00Z"), Instant.parse("2025-09-06T04:00:00Z"), image,
				"Workers on the dam.", "@depositphotos", List.of(new TagRef(3, "energy", "Energy")), List.of(author),
				null, null);
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
