package org.dastan.core.suggest;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.desk.Editor;
import org.dastan.core.article.desk.NotYoursException;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.suggest.internal.SuggestedLink;
import org.dastan.core.suggest.internal.SuggestedLinkRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules editors meet when they pick links for an article, against the real database.
 */
@SpringBootTest(properties = "dastan.suggested.max-links=3")
@RecordApplicationEvents
class SuggestedLinksTest {

	private static final Editor EDITOR = new Editor("editor", true);

	@Autowired
	private SuggestedLinks links;

	@Autowired
	private SuggestedLinkRepository stored;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ApplicationEvents events;

	private Article story;

	private Article dam;

	private Article river;

	@BeforeEach
	void articles() {
		this.story = published("story", "Water talks in Dushanbe");
		this.dam = published("dam", "The Rogun dam rises");
		this.river = published("river", "Amu Darya runs low");
	}

	@AfterEach
	void deleteEverything() {
		this.stored.deleteAll();
		this.articles.deleteAll();
	}

	@Test
	void addsArticlesAndExternalLinksInOrderThenMovesAndRemovesThem() {
		add(this.dam.getId(), null, null);
		add(null, "https://example.org/report", "A report");
		add(this.river.getId(), null, null);
		assertThat(titles()).containsExactly("The Rogun dam rises", "A report", "Amu Darya runs low");

		this.links.move(MoveLink.up(this.story.getId(), linkId("Amu Darya runs low")), EDITOR);
		assertThat(titles()).containsExactly("The Rogun dam rises", "Amu Darya runs low", "A report");

		this.links.reorder(
				new ReorderLinks(this.story.getId(), List.of(linkId("A report"), linkId("The Rogun dam rises"), 999L)),
				EDITOR);
		assertThat(titles()).containsExactly("A report", "The Rogun dam rises", "Amu Darya runs low");

		this.links.remove(new RemoveLink(this.story.getId(), linkId("The Rogun dam rises")), EDITOR);
		assertThat(titles()).containsExactly("A report", "Amu Darya runs low");
		assertThat(this.stored.findPicksOf(this.story.getId())).extracting(SuggestedLink::getPosition)
			.containsExactly(0, 1);
		assertThat(this.events.stream(SuggestedLinksChanged.class)).extracting(SuggestedLinksChanged::articleId)
			.hasSize(6)
			.containsOnly(this.story.getId());
	}

	@Test
	void picksTrustedArticlesInTheirOrder() {
		this.links.pick(new PickArticles(this.story.getId(), List.of(this.river.getId(), this.dam.getId())));

		assertThat(titles()).containsExactly("Amu Darya runs low", "The Rogun dam rises");
		assertThat(this.events.stream(SuggestedLinksChanged.class)).extracting(SuggestedLinksChanged::articleId)
			.containsExactly(this.story.getId());
	}

	@Test
	void refusesLinksThatBreakTheRules() {
		add(this.dam.getId(), null, null);
		add(null, "https://example.org/report", "A report");

		assertRejected(null, null, null, null, "suggested.one-target");
		assertRejected(this.river.getId(), "https://example.org/x", "X", null, "suggested.one-target");
		assertRejected(this.story.getId(), null, null, "article", "suggested.not-self");
		assertRejected(this.dam.getId(), null, null, "article", "suggested.duplicate");
		assertRejected(123_456L, null, null, "article", "suggested.article.unknown");
		assertRejected(null, "javascript:alert(1)", "Hostile", "url", "suggested.http-only");
		assertRejected(null, "ftp://example.org/file", "File", "url", "suggested.http-only");
		assertRejected(null, "https://example.org/report", "Again", "url", "suggested.duplicate");
		assertRejected(null, "https://example.org/other", " ", "title", "suggested.title-required");

		add(this.river.getId(), null, null);
		Article fourth = published("fourth", "A fourth story");
		assertRejected(fourth.getId(), null, null, "article", "suggested.too-many");
		assertThat(titles()).containsExactly("The Rogun dam rises", "A report", "Amu Darya runs low");
	}

	@Test
	void authorsMayNotChangeTheLinksOfArticlesTheyCannotEdit() {
		Editor author = new Editor("author", false);
		assertThatExceptionOfType(NotYoursException.class).isThrownBy(() -> this.links
			.add(new AddLink(this.story.getId(), new LinkDraft(this.dam.getId(), null, null)), author));
		assertThat(titles()).isEmpty();
	}

	@Test
	void findsArticlesByPartOfTheTitleButNeverTheArticleItself() {
		published("percent", "100% growth in trade");
		assertThat(this.links.choices("DAM", this.story.getId())).extracting(ArticleChoice::slug)
			.containsExactly("dam");
		assertThat(this.links.choices("in", this.story.getId())).extracting(ArticleChoice::slug)
			.containsExactlyInAnyOrder("percent");
		assertThat(this.links.choices("in", this.dam.getId())).extracting(ArticleChoice::slug)
			.containsExactlyInAnyOrder("percent", "story");
		assertThat(this.links.choices("0%", this.story.getId())).extracting(ArticleChoice::slug)
			.containsExactly("percent");
		assertThat(this.links.choices("%", this.story.getId())).extracting(ArticleChoice::slug)
			.containsExactly("percent");
		assertThat(this.links.choices(" ", this.story.getId())).isEmpty();
	}

	private void add(Long articleId, String url, String title) {
		this.links.add(new AddLink(this.story.getId(), new LinkDraft(articleId, url, title)), EDITOR);
	}

	private void assertRejected(Long articleId, String url, String title, String field, String code) {
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(() -> add(articleId, url, title))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.code()).isEqualTo(code);
			});
	}

	private List<String> titles() {
		return this.links.of(this.story.getId(), EDITOR).stream().map(PickedLink::title).toList();
	}

	private long linkId(String title) {
		return this.links.of(this.story.getId(), EDITOR)
			.stream()
			.filter((link) -> link.title().equals(title))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private Article published(String slug, String title) {
		Article article = new Article(slug, title);
		article.publish(Instant.parse("2026-01-10T08:00:00Z"));
		return this.articles.saveAndFlush(article);
	}

}
