package org.dastan.core.sidebar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.sidebar.internal.SidebarWidgetRepository;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagRef;
import org.dastan.core.tag.internal.TagRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Editors' changes to the sidebar, and that the public sidebar follows them at once,
 * against the real database.
 */
// The topic ranking is kept for minutes across changes; these tests change the topics.
@SpringBootTest(properties = "dastan.cache.topic-ranking.ttl=PT0S")
@RecordApplicationEvents
class SidebarWidgetsTest {

	@Autowired
	private SidebarWidgets widgets;

	@Autowired
	private Sidebar sidebar;

	@Autowired
	private SidebarWidgetRepository stored;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TagRepository tags;

	@Autowired
	private ApplicationEvents events;

	private final List<Tag> createdTags = new ArrayList<>();

	@AfterEach
	void deleteEverything() {
		this.stored.deleteAll();
		this.articles.deleteAll();
		this.tags.deleteAll(this.createdTags);
	}

	@Test
	void addsWidgetsAtTheEndThenReordersMovesSwitchesOffAndDeletes() {
		WidgetView latest = this.widgets.add(new AddWidget(WidgetType.LATEST, draft("Latest", Placement.ALL, 5)));
		WidgetView rates = this.widgets.add(new AddWidget(WidgetType.RATES, draft("Rates", Placement.ALL, null)));
		WidgetView home = this.widgets.add(new AddWidget(WidgetType.MOST_READ, draft("Most read", Placement.HOME, 3)));
		assertThat(titlesOn(Placement.HOME)).containsExactly("Latest", "Rates", "Most read");
		assertThat(titlesOn(Placement.ARTICLE)).containsExactly("Latest", "Rates");

		this.widgets.reorder(List.of(home.id(), latest.id()));
		assertThat(titlesOn(Placement.HOME)).containsExactly("Most read", "Latest", "Rates");

		this.widgets.move(MoveWidget.up(rates.id()));
		assertThat(titlesOn(Placement.HOME)).containsExactly("Most read", "Rates", "Latest");

		this.widgets.switchOn(new SwitchWidget(rates.id(), this.widgets.find(rates.id()).version(), false));
		assertThat(titlesOn(Placement.HOME)).containsExactly("Most read", "Latest");
		assertThat(this.sidebar.preview(rates.id()).title()).isEqualTo("Rates");

		this.widgets.delete(home.id());
		assertThat(this.widgets.list()).extracting(WidgetView::title, WidgetView::position)
			.containsExactly(tuple("Rates", 0), tuple("Latest", 1));
		assertThat(this.events.stream(SidebarChanged.class)).extracting(SidebarChanged::widgetId)
			.containsExactly(latest.id(), rates.id(), home.id(), null, rates.id(), rates.id(), home.id());
	}

	@Test
	void keepsTheEditorsPicksInTheirOrderAndSanitizesText() {
		published("first", "First story");
		published("second", "Second story");
		WidgetView picks = this.widgets.add(new AddWidget(WidgetType.EDITORS_PICKS, new WidgetDraft("Picks",
				Placement.ALL, null, null, null, null, null, List.of("second", " first ", "second"), List.of())));
		assertThat(this.sidebar.preview(picks.id()).articles()).extracting(ArticleCard::slug)
			.containsExactly("second", "first");

		WidgetView text = this.widgets.add(new AddWidget(WidgetType.CUSTOM_TEXT,
				new WidgetDraft("About", Placement.ALL, null,
						"<p onclick=\"steal()\">Hello</p><script>steal()</script>", null, null, null, List.of(),
						List.of())));
		assertThat(this.sidebar.preview(text.id()).html()).isEqualTo("<p>Hello</p>");
	}

	@Test
	void listsTheTwentyTopicsOnTheMostArticlesByNameWhenNoneAreChosen() {
		List<Tag> common = new ArrayList<>();
		for (int i = 20; i >= 1; i--) {
			common.add(tag("common-" + i, String.format("Common %02d", i), TagKind.TOPIC));
		}
		Tag rare = tag("rare", "Rare", TagKind.TOPIC);
		Tag section = tag("economy-desk", "Economy desk", TagKind.SECTION);
		Tag embargoed = tag("embargoed", "Embargoed", TagKind.TOPIC);
		published("first", "First story", common, rare, section);
		published("second", "Second story", common, section);
		// On the most articles, but only on drafts: not revealed before one is published.
		for (String slug : List.of("draft-one", "draft-two", "draft-three")) {
			Article draft = new Article(slug, "Draft " + slug);
			draft.tagWith(Set.of(embargoed));
			this.articles.saveAndFlush(draft);
		}

		WidgetView topics = this.widgets.add(new AddWidget(WidgetType.TAGS, draft("Topics", Placement.ALL, null)));

		assertThat(this.sidebar.preview(topics.id()).tags()).extracting(TagRef::name)
			.hasSize(20)
			.isSorted()
			.allMatch((name) -> name.startsWith("Common "));
	}

	@Test
	void refusesSettingsThatBreakTheRules() {
		assertRejected(WidgetType.LATEST, draft("Latest", Placement.ALL, 0), "limit", "sidebar.limit.range");
		assertRejected(WidgetType.MOST_READ, draft("Most read", Placement.ALL, 21), "limit", "sidebar.limit.range");
		assertRejected(WidgetType.EDITORS_PICKS,
				new WidgetDraft("Picks", Placement.ALL, null, null, null, null, null, List.of("nowhere"), List.of()),
				"articleSlugs", "sidebar.picks.unknown");
		assertRejected(WidgetType.CUSTOM_TEXT,
				new WidgetDraft("Text", Placement.ALL, null, "<script>x()</script>", null, null, null, null, null),
				"html", "sidebar.text.required");
		assertRejected(WidgetType.PROMO, new WidgetDraft("Promo", Placement.ALL, null, "<p>Hi</p>",
				"javascript:alert(1)", "Go", null, null, null), "linkUrl", "sidebar.link.http-or-path");
		assertRejected(WidgetType.PROMO, new WidgetDraft("Promo", Placement.ALL, null, "<p>Hi</p>",
				"//elsewhere.example/rates", "Go", null, null, null), "linkUrl", "sidebar.link.http-or-path");
		assertRejected(WidgetType.PROMO,
				new WidgetDraft("Promo", Placement.ALL, null, "<p>Hi</p>", null, null, "missing.jpg", null, null),
				"imageFile", "sidebar.image.unknown");
		assertRejected(WidgetType.TAGS,
				new WidgetDraft("Tags", Placement.ALL, null, null, null, null, null, null, List.of("nope")), "tagSlugs",
				"sidebar.tags.unknown");
		assertThat(this.widgets.list()).isEmpty();
	}

	@Test
	void rejectsAStaleSave() {
		WidgetView latest = this.widgets.add(new AddWidget(WidgetType.LATEST, draft("Latest", Placement.ALL, 5)));
		long opened = latest.version();
		this.widgets.configure(new ConfigureWidget(latest.id(), opened, draft("Newest", Placement.ALL, 4)));
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.widgets
			.configure(new ConfigureWidget(latest.id(), opened, draft("Latest news", Placement.ALL, 6))));
		assertThat(this.widgets.find(latest.id()).title()).isEqualTo("Newest");
	}

	private void assertRejected(WidgetType type, WidgetDraft draft, String field, String code) {
		assertThatExceptionOfType(RejectedEditException.class)
			.isThrownBy(() -> this.widgets.add(new AddWidget(type, draft)))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.code()).isEqualTo(code);
			});
	}

	private List<String> titlesOn(Placement page) {
		return this.sidebar.blocksFor(page).stream().map(SidebarBlock::title).toList();
	}

	private static WidgetDraft draft(String title, Placement placement, Integer limit) {
		return new WidgetDraft(title, placement, limit, null, null, null, null, List.of(), List.of());
	}

	private void published(String slug, String title, List<Tag> topics, Tag... others) {
		Article article = new Article(slug, title);
		Set<Tag> tagged = new HashSet<>(topics);
		tagged.addAll(List.of(others));
		article.tagWith(tagged);
		article.publish(Instant.parse("2026-01-10T08:00:00Z"));
		this.articles.saveAndFlush(article);
	}

	private void published(String slug, String title) {
		published(slug, title, List.of());
	}

	private Tag tag(String slug, String name, TagKind kind) {
		Tag tag = this.tags.save(new Tag(slug, name, kind));
		this.createdTags.add(tag);
		return tag;
	}

}
