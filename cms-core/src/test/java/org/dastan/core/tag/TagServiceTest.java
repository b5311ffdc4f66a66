package org.dastan.core.tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.tag.internal.TagRepository;
import org.dastan.core.tag.model.Tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules editors meet when they keep tags and sections, against the real database.
 */
@SpringBootTest
class TagServiceTest {

	@Autowired
	private TagService service;

	@Autowired
	private TagRepository tags;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TransactionTemplate transaction;

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.tags.deleteAll();
	}

	@Test
	void makesAUniqueSlugFromTheNameWhenLeftEmpty() {
		assertThat(topic("Oil & Gas", "").slug()).isEqualTo("oil-gas");
		assertThat(topic("Oil gas", " ").slug()).isEqualTo("oil-gas-2");
		assertThat(topic("Oil, gas", null).slug()).isEqualTo("oil-gas-3");
		assertThat(topic("Нефть и газ", "").slug()).isEqualTo("neft-i-gaz");
	}

	@Test
	void keepsATypedSlugAndRefusesAnInvalidOrTakenOne() {
		assertThat(topic("Energy", "power").slug()).isEqualTo("power");

		assertRejected(() -> topic("Water", "Fresh Water"), "slug", "rule.slug.invalid");
		assertRejected(() -> topic("Water", "a".repeat(121)), "slug", "rule.slug.invalid");
		assertRejected(() -> topic("Water", "power"), "slug", "rule.slug.taken");
		assertThat(this.tags.findAll()).hasSize(1);
	}

	@Test
	void refusesASecondTagWithTheSameNameWhateverTheCase() {
		topic("Energy", "");

		assertRejected(() -> topic(" energy ", "power"), "name", "rule.tag.name-taken");
	}

	@Test
	void keepsTheOldSlugLeadingToARenamedTag() {
		TagView tag = topic("Energy", "");

		TagView renamed = this.service.update(tag.id(), tag.version(), draft("Power", "power", TagKind.TOPIC));

		assertThat(renamed.slug()).isEqualTo("power");
		assertThat(renamed.formerSlugs()).containsExactly("energy");
		assertThat(this.service.findBySlug("energy")).map(TagView::slug).hasValue("power");
		// A new tag cannot take the old slug while it leads to the renamed one...
		assertRejected(() -> topic("Energy", "energy"), "slug", "rule.slug.taken");
		assertThat(topic("Energy", "").slug()).isEqualTo("energy-2");
		// ...but the renamed tag can take it back.
		this.service.update(renamed.id(), renamed.version(), draft("Power", "energy", TagKind.TOPIC));
		assertThat(this.service.findBySlug("energy")).map(TagView::name).hasValue("Power");
		assertThat(this.service.find(renamed.id())).map(TagView::formerSlugs).hasValue(List.of("power"));
		assertThat(this.service.findBySlug("unknown")).isEmpty();
	}

	@Test
	void refusesASaveOverANewerVersion() {
		TagView tag = topic("Energy", "");
		this.service.update(tag.id(), tag.version(), draft("Power", "", TagKind.TOPIC));

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.service.update(tag.id(), tag.version(), draft("Gas", "", TagKind.TOPIC)))
			.satisfies((ex) -> assertThat(ex.currentVersion()).isEqualTo(tag.version() + 1));
		assertThat(this.service.find(tag.id())).map(TagView::name).hasValue("Power");
	}

	@Test
	void mergeMovesEveryArticleOverOnceAndKeepsTheOldAddresses() {
		TagView gas = topic("Gas", "");
		this.service.update(gas.id(), gas.version(), draft("Natural gas", "natural-gas", TagKind.TOPIC));
		TagView energy = topic("Energy", "");
		TagView water = topic("Water", "");
		long onlyGas = article("pipeline", gas);
		long both = article("grid", gas, energy, water);
		long onlyEnergy = article("solar", energy);

		this.service.merge(gas.id(), energy.id());

		assertThat(this.service.find(gas.id())).isEmpty();
		assertThat(tagSlugsOf(onlyGas)).containsExactly("energy");
		assertThat(tagSlugsOf(both)).containsExactlyInAnyOrder("energy", "water");
		assertThat(tagSlugsOf(onlyEnergy)).containsExactly("energy");
		assertThat(this.service.find(energy.id()).orElseThrow().formerSlugs()).containsExactly("gas", "natural-gas");
		assertThat(this.service.findBySlug("gas")).map(TagView::slug).hasValue("energy");
		assertThat(this.service.list()).filteredOn((tag) -> tag.slug().equals("energy"))
			.singleElement()
			.satisfies((tag) -> assertThat(tag.articles()).isEqualTo(3));
	}

	@Test
	void mergeMovesASectionsArticlesIntoAnotherSectionButNotIntoATopic() {
		TagView kyrgyz = section("Kyrgyz Republic");
		TagView kyrgyzstan = section("Kyrgyzstan");
		TagView mountains = topic("Mountains", "");
		long story = article("osh");
		inSection(story, kyrgyz);

		assertRejected(() -> this.service.merge(kyrgyz.id(), mountains.id()), "target",
				"rule.tag.merge-section-into-topic");
		assertRejected(() -> this.service.merge(kyrgyz.id(), kyrgyz.id()), "target", "rule.tag.merge-into-itself");

		this.service.merge(kyrgyz.id(), kyrgyzstan.id());
		String sectionSlug = this.transaction
			.execute((status) -> this.articles.findById(story).orElseThrow().getSection().getSlug());
		assertThat(sectionSlug).isEqualTo("kyrgyzstan");
	}

	@Test
	void deletesOnlyATagNoArticleUses() {
		TagView unused = topic("Unused", "");
		TagView energy = topic("Energy", "");
		TagView section = section("Uzbekistan");
		article("solar", energy);
		inSection(article("cotton"), section);

		assertRejected(() -> this.service.delete(energy.id()), null, "rule.tag.in-use");
		assertRejected(() -> this.service.delete(section.id()), null, "rule.tag.in-use");
		this.service.delete(unused.id());

		assertThat(this.service.all()).extracting(TagRef::slug).containsExactly("energy", "uzbekistan");
	}

	@Test
	void countsEachArticleOnceWhetherItHasTheTagAsSectionOrAmongItsTags() {
		TagView section = section("Kazakhstan");
		TagView energy = topic("Energy", "");
		inSection(article("grid", section, energy), section);
		inSection(article("steppe"), section);
		article("solar", energy);

		assertThat(this.service.list()).extracting(TagSummary::slug, TagSummary::articles)
			.containsExactly(tuple("energy", 2L), tuple("kazakhstan", 2L));
		assertThat(this.service.summary(section.id()).articles()).isEqualTo(2);
	}

	@Test
	void aSectionThatOwnsArticlesCannotBecomeATopic() {
		TagView empty = section("Turkmenistan");
		TagView owning = section("Tajikistan");
		inSection(article("rogun"), owning);

		assertRejected(() -> this.service.update(owning.id(), owning.version(),
				draft("Tajikistan", "tajikistan", TagKind.TOPIC)), "kind", "rule.tag.section-owns-articles");
		assertThat(this.service.update(empty.id(), empty.version(), draft("Turkmenistan", "", TagKind.TOPIC)).kind())
			.isEqualTo(TagKind.TOPIC);
	}

	@Test
	void ordersTheNavigationAndLeavesOutTagsWithoutAPlace() {
		TagView kazakhstan = this.service.create(new TagDraft("Kazakhstan", "", null, TagKind.SECTION, true));
		TagView uzbekistan = this.service.create(new TagDraft("Uzbekistan", "", null, TagKind.SECTION, true));
		TagView energy = this.service.create(new TagDraft("Energy", "", null, TagKind.TOPIC, true));
		topic("Water", "");

		this.service.moveUp(energy.id());
		this.service.moveDown(kazakhstan.id());
		this.service.moveDown(kazakhstan.id());
		// At either end a move changes nothing.
		this.service.moveUp(energy.id());
		this.service.moveDown(kazakhstan.id());

		assertThat(this.service.navigation()).extracting(TagView::slug)
			.containsExactly("energy", "uzbekistan", "kazakhstan");
		TagView moved = this.service.find(uzbekistan.id()).orElseThrow();
		this.service.update(moved.id(), moved.version(),
				new TagDraft("Uzbekistan", "uzbekistan", null, TagKind.SECTION, false));
		assertThat(this.service.navigation()).extracting(TagView::slug).containsExactly("energy", "kazakhstan");
		// Listed once each, however many slugs a tag gave up.
		TagView power = this.service.update(energy.id(), this.service.find(energy.id()).orElseThrow().version(),
				new TagDraft("Power", "power", null, TagKind.TOPIC, true));
		this.service.update(power.id(), power.version(), new TagDraft("Grid", "grid", null, TagKind.TOPIC, true));
		assertThat(this.service.navigation()).extracting(TagView::slug).containsExactly("grid", "kazakhstan");
	}

	@Test
	void aTopicTypedInTheEditorFindsTheTagOfThatNameOrFollowsTheSlugRule() {
		TagView energy = topic("Energy", "");
		this.service.update(energy.id(), energy.version(), draft("Power", "power", TagKind.TOPIC));

		assertThat(this.service.findOrCreateTopic(" POWER ").getId()).isEqualTo(energy.id());
		// "energy" still leads to the renamed tag, so a new topic cannot take it over.
		Tag typed = this.service.findOrCreateTopic("Energy");
		assertThat(typed.getSlug()).isEqualTo("energy-2");
		assertThat(typed.getKind()).isEqualTo(TagKind.TOPIC);
		assertThat(this.service.findBySlug("energy")).map(TagView::name).hasValue("Power");
		// Cut to what the tags table holds: "щ" becomes four letters.
		String longName = Stream.generate(() -> "Щщщ").limit(20).reduce((a, b) -> a + " " + b).orElseThrow();
		assertThat(this.service.findOrCreateTopic(longName).getSlug()).hasSizeLessThanOrEqualTo(120)
			.startsWith("shchshchshch-");
		assertRejected(() -> this.service.findOrCreateTopic("?!"), "tags", "desk.tag.invalid");
	}

	private TagView topic(String name, String slug) {
		return this.service.create(draft(name, slug, TagKind.TOPIC));
	}

	private TagView section(String name) {
		return this.service.create(draft(name, "", TagKind.SECTION));
	}

	private static TagDraft draft(String name, String slug, TagKind kind) {
		return new TagDraft(name, slug, null, kind, false);
	}

	private long article(String slug, TagView... tags) {
		Article article = new Article(slug, "Story " + slug);
		article.tagWith(Set.copyOf(Stream.of(tags).map((tag) -> this.tags.findById(tag.id()).orElseThrow()).toList()));
		article.publish(Instant.now().minusSeconds(3600));
		return this.articles.save(article).getId();
	}

	private void inSection(long articleId, TagView section) {
		this.transaction.executeWithoutResult((status) -> {
			Article article = this.articles.findById(articleId).orElseThrow();
			article.placeIn(this.tags.findById(section.id()).orElseThrow());
		});
	}

	private List<String> tagSlugsOf(long articleId) {
		return this.articles.findTagsOf(articleId).stream().map(Tag::getSlug).toList();
	}

	private static void assertRejected(Runnable edit, String field, String code) {
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(edit::run).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.code()).isEqualTo(code);
		});
	}

}
