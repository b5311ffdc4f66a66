package org.dastan.core.article.desk;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.dastan.core.article.ArticleChanged;
import org.dastan.core.article.ArticlePart;
import org.dastan.core.article.ArticlePublished;
import org.dastan.core.article.internal.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a save at the desk announces to the rest of the application: one event per save,
 * saying whether readers see the article and which parts changed.
 */
@SpringBootTest
@RecordApplicationEvents
class ArticleDeskEventsTest {

	private static final Editor EDITOR = new Editor("aigerim", true);

	@Autowired
	private ArticleDesk desk;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ApplicationEvents events;

	@AfterEach
	void deleteArticles() {
		this.articles.deleteAll();
	}

	@Test
	void aNewTitleOfAPublishedArticleChangesItsCard() {
		OpenedArticle article = this.desk.create(draft("The Aral Sea comes back", "<p>Water.</p>"), null,
				new Transition(DeskAction.PUBLISH, null, null), EDITOR);
		assertThat(this.events.stream(ArticlePublished.class)).singleElement()
			.satisfies((published) -> assertThat(published.article().slug()).isEqualTo("the-aral-sea-comes-back"));
		this.events.clear();

		ArticleDraft retitled = new ArticleDraft("The Aral Sea is back", article.slug(), "", "<p>Water.</p>", null,
				List.of(), List.of(), null, null, null, null, null);
		this.desk.update(article.id(), article.version(), retitled, EDITOR);

		assertThat(this.events.stream(ArticleChanged.class)).singleElement().satisfies((changed) -> {
			assertThat(changed.articleId()).isEqualTo(article.id());
			assertThat(changed.isPublic()).isTrue();
			assertThat(changed.parts()).containsExactly(ArticlePart.CARD);
		});
		assertThat(this.events.stream(ArticlePublished.class)).isEmpty();
	}

	@Test
	void aDraftsEditIsNotPublic() {
		OpenedArticle article = this.desk.create(draft("Cotton harvest", "<p>Early.</p>"), EDITOR);
		assertThat(this.events.stream(ArticlePublished.class)).isEmpty();

		this.desk.update(article.id(), article.version(), draft("Cotton harvest", "<p>Late.</p>"), EDITOR);

		assertThat(this.events.stream(ArticleChanged.class)).singleElement().satisfies((changed) -> {
			assertThat(changed.isPublic()).isFalse();
			assertThat(changed.parts()).containsExactly(ArticlePart.BODY);
		});
	}

	@Test
	void aSaveThatChangesNothingAnnouncesNothing() {
		OpenedArticle article = this.desk.create(draft("Silk road", "<p>Trade.</p>"), EDITOR);
		this.desk.update(article.id(), article.version(), draft("Silk road", "<p>Trade.</p>"), EDITOR);
		assertThat(this.events.stream(ArticleChanged.class)).isEmpty();
	}

	private static ArticleDraft draft(String title, String body) {
		return new ArticleDraft(title, "", "", body, null, List.of(), List.of(), null, null, null, null, null);
	}

}
