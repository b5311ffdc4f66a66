package org.dastan.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.WidgetType;
import org.dastan.core.sidebar.internal.SidebarWidget;
import org.dastan.core.sidebar.internal.SidebarWidgetRepository;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.internal.TagRepository;
import org.dastan.core.tag.model.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save drops only the kept pages that show what it changed. Each test first changes a
 * title in the database behind the site's back, which drops nothing; a page that shows
 * the new title afterwards was dropped by the save, one that still shows the old was
 * kept.
 */
@SpringBootTest(properties = "dastan.cache.poll-interval=PT1H")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageDropsTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TagRepository tags;

	@Autowired
	private HtmlSanitizer sanitizer;

	@Autowired
	private JdbcTemplate jdbc;

	private Tag economy;

	private Article rogun;

	@Autowired
	private SidebarWidgetRepository widgets;

	@BeforeEach
	void publish() {
		this.widgets.save(new SidebarWidget(WidgetType.LATEST, "Latest", Placement.ALL, 0));
		this.economy = this.tags.save(new Tag("drops-economy", "Economy", TagKind.SECTION));
		this.rogun = publish("rogun-dam", "Rogun dam fills its reservoir");
		publish("aral-sea", "Aral Sea returns to Aralsk");
	}

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.tags.deleteAll();
		this.widgets.deleteAll();
	}

	@Test
	void aDraftsSaveDropsNoPage() {
		showEveryPage();
		retitleBehindTheSitesBack("aral-sea", "Aral Sea dries again");

		Article draft = this.articles.save(new Article("grain-harvest", "Grain harvest begins"));
		draft.retitle("Grain harvest begins early");
		this.articles.save(draft);

		assertThat(page("/")).contains("Aral Sea returns to Aralsk");
		assertThat(page("/sections/drops-economy")).contains("Aral Sea returns to Aralsk");
		assertThat(page("/articles/aral-sea")).contains("Aral Sea returns to Aralsk");
	}

	@Test
	void anEditOfAPublishedArticlesBodyDropsItsOwnPageAlone() {
		showEveryPage();
		retitleBehindTheSitesBack("aral-sea", "Aral Sea dries again");

		this.rogun.writeBody(this.sanitizer.sanitize("<p>The turbines start in spring.</p>"));
		this.articles.save(this.rogun);

		assertThat(page("/articles/rogun-dam")).contains("The turbines start in spring.");
		assertThat(page("/")).contains("Aral Sea returns to Aralsk");
		assertThat(page("/sections/drops-economy")).contains("Aral Sea returns to Aralsk");
		assertThat(page("/articles/aral-sea")).contains("Aral Sea returns to Aralsk");
	}

	@Test
	void anEditOfAPublishedArticlesTitleDropsThePagesThatShowItsCard() {
		showEveryPage();
		retitleBehindTheSitesBack("aral-sea", "Aral Sea dries again");

		this.rogun.retitle("Rogun dam reaches full height");
		this.articles.save(this.rogun);

		assertThat(page("/")).contains("Rogun dam reaches full height");
		assertThat(page("/sections/drops-economy")).contains("Rogun dam reaches full height");
		assertThat(page("/articles/rogun-dam")).contains("Rogun dam reaches full height");
		assertThat(page("/articles/aral-sea")).as("suggests it").contains("Rogun dam reaches full height");
	}

	@Test
	void aPublicationDropsTheListsItJoins() {
		showEveryPage();

		publish("grain-harvest", "Grain harvest begins");

		assertThat(page("/")).contains("Grain harvest begins");
		assertThat(page("/sections/drops-economy")).contains("Grain harvest begins");
		assertThat(page("/feed")).contains("Grain harvest begins");
	}

	@Test
	void aPublicationElsewhereKeepsAnArticlePagesOwnPartAndPutsInTheNewSidebar() {
		Tag culture = this.tags.save(new Tag("drops-culture", "Culture", TagKind.SECTION));
		publish("opera-house", "Opera house reopens in Almaty", culture);
		assertThat(page("/articles/opera-house")).doesNotContain("Grain harvest begins");
		retitleBehindTheSitesBack("opera-house", "Opera house closes again");

		publish("grain-harvest", "Grain harvest begins");
		// The first article page asked for renders the new sidebar, for all of them.
		assertThat(page("/articles/rogun-dam")).contains("Grain harvest begins");

		assertThat(page("/articles/opera-house")).as("the latest list in its sidebar")
			.contains("Grain harvest begins")
			.as("its own part, kept")
			.contains("Opera house reopens in Almaty");
	}

	private Article publish(String slug, String title) {
		return publish(slug, title, this.economy);
	}

	private Article publish(String slug, String title, Tag section) {
		Article article = new Article(slug, title);
		article.placeIn(section);
		article.publish(Instant.now().minusSeconds(60));
		return this.articles.save(article);
	}

	private void showEveryPage() {
		for (String path : new String[] { "/", "/sections/drops-economy", "/articles/rogun-dam", "/articles/aral-sea",
				"/feed" }) {
			assertThat(page(path)).isNotEmpty();
		}
	}

	private void retitleBehindTheSitesBack(String slug, String title) {
		assertThat(this.jdbc.update("update articles set title = ? where slug = ?", title, slug)).isEqualTo(1);
	}

	private String page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
