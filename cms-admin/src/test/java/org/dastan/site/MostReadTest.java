package org.dastan.site;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.ViewCounter;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.WidgetType;
import org.dastan.core.sidebar.internal.SidebarWidget;
import org.dastan.core.sidebar.internal.SidebarWidgetRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views come in through the page's beacon, are added up in batches, and order the "Most
 * read" widget.
 */
@SpringBootTest(properties = "dastan.views.flush-interval=PT1H")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MostReadTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private SidebarWidgetRepository widgets;

	@Autowired
	private ViewCounter views;

	@Test
	void countsBeaconViewsInBatchesAndRanksMostRead() throws Exception {
		Article quiet = this.articles.save(published("quiet-story", "A quiet story"));
		Article popular = this.articles.save(published("popular-story", "A popular story"));
		Article draft = this.articles.save(new Article("draft-story", "A draft"));
		this.widgets.save(new SidebarWidget(WidgetType.MOST_READ, "Most read", Placement.ALL, 0));

		beacon(quiet);
		beacon(popular);
		beacon(popular);
		beacon(popular);
		beacon(draft);
		assertThat(this.articles.findById(popular.getId()).orElseThrow().getViewCount()).as("not written per view")
			.isZero();
		this.views.flush();

		assertThat(this.articles.findById(popular.getId()).orElseThrow().getViewCount()).isEqualTo(3);
		assertThat(this.articles.findById(quiet.getId()).orElseThrow().getViewCount()).isEqualTo(1);
		assertThat(this.articles.findById(draft.getId()).orElseThrow().getViewCount()).isZero();
		String home = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		String mostRead = home.substring(home.indexOf("widget-most_read"));
		assertThat(mostRead.indexOf("A popular story")).isPositive().isLessThan(mostRead.indexOf("A quiet story"));
	}

	private void beacon(Article article) {
		assertThat(this.mvc.post().uri("/views/{id}", article.getId())).hasStatus(HttpStatus.NO_CONTENT);
	}

	private static Article published(String slug, String title) {
		Article article = new Article(slug, title);
		article.publish(Instant.now().minusSeconds(60));
		return article;
	}

}
