package org.dastan.core.tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.search.ArticleSearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules editors meet when they keep tags and sections, against the real database and
 * search index.
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
	private ArticleSearch search;

	@Autowired
	private TransactionTemplate transaction;

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.tags.deleteAll();
	}

	@Test
	void makesAUniqueSlugFromTheNameWhenLeftEmpty() {
		assertThat(topic("Oil & Gas", "").getSlug()).isEqualTo("oil-gas");
		assertThat(topic("Oil gas", " ").getSlug()).isEqualTo("oil-gas-2");
		assertThat(topic("Oil, gas", null).getSlug()).isEqualTo("oil-gas-3");
		assertThat(topic("Нефть и газ", "").getSlug()).isEqualTo("neft-i-gaz");
	}

	@Test
	void keepsATypedSlugAndRefusesAnInvalidOrTakenOne() {
		assertThat(topic("Energy", "power").getSlug()).isEqualTo("power");

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
		Tag tag = topic("Energy", "");

		Tag renamed = this.service.update(tag.getId(), tag.getVersion(), draft("Power", "power", TagKind.TOPIC));

		assertThat(renamed.getSlug()).isEqualTo("power");
		assertThat(this.tags.findByFormerSlug("energy"))
			.hasValueSatisfying((t) -> assertThat(t.getSlug()).isEqualTo("power"));
		// A new tag cannot take the old slug while it leads to the renamed one...
		assertRejected(() -> topic("Energy", "energy"), "slug", "rule.slug.taken");
		assertThat(topic("Energy", "").getSlug()).isEqualTo("energy-2");
		// ...but the renamed tag can take it back.
		Tag power = this.tags.findBySlug("power").orElseThrow();
		this.service.update(power.getId(), power.getVersion(), draft("Power", "energy", TagKind.TOPIC));
		assertThat(this.tags.findBySlug("energy")).isPresent();
		assertThat(this.tags.findByFormerSlug("power")).isPresent();
		assertThat(this.tags.findByFormerSlug("energy")).isEmpty();
	}

	@Test
	void refusesASaveOverANewerVersion() {
		Tag tag = topic("Energy", "");
		this.service.update(tag.getId(), tag.getVersion(), draft("Power", "", TagKind.TOPIC));

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.service.update(tag.getId(), tag.getVersion(), draft("Gas", "", TagKind.TOPIC)))
			.satisfies((ex) -> assertThat(ex.currentVersion()).isEqualTo(tag.getVersion() + 1));
		assertThat(this.tags.findById(tag.getId()).orElseThrow().getName()).isEqualTo("Power");
	}

	@Test
	void mergeMovesEveryArticleOverOnceAndKeepsTheOldAddresses() {
		Tag gas = topic("Gas", "");
		this.service.update(gas.getId(), gas.getVersion(), draft("Natural gas", "natural-gas", TagKind.TOPIC));
		Tag energy = topic("Energy", "");
		Tag water = topic("Water", "");
		long onlyGas = article("pipeline", Set.of(gas));
		long both = article("grid", Set.of(gas, energy, water));
		long onlyEnergy = article("solar", Set.of(energy));

		this.service.merge(gas.getId(), energy.getId());

		assertThat(this.tags.findById(gas.getId())).isEmpty();
		assertThat(tagSlugsOf(onlyGas)).containsExactly("energy");
		assertThat(tagSlugsOf(both)).containsExactlyInAnyOrder("energy", "water");
		assertThat(tagSlugsOf(onlyEnergy)).containsExactly("energy");
		assertThat(this.service.find(energy.getId()).orElseThrow().getFormerSlugs()).containsExactlyInAnyOrder("gas",
				"natural-gas");
		assertThat(this.tags.findByFormerSlug("gas").orElseThrow().getSlug()).isEqualTo("energy");
		assertThat(this.service.list()).filteredOn((tag) -> tag.slug().equals("energy"))
			.singleElement()
			.satisfies((tag) -> assertThat(tag.articles()).isEqualTo(3));
	}

	@Test
	void mergeMovesASectionsArticlesIntoAnotherSectionButNotIntoATopic() {
		Tag kyrgyz = section("Kyrgyz Republic");
		Tag kyrgyzstan = section("Kyrgyzstan");
		Tag mountains = topic("Mountains", "");
		long story = article("osh", Set.of());
		inSection(story, kyrgyz);

		assertRejected(() -> this.service.merge(kyrgyz.getId(), mountains.getId()), "target",
				"rule.tag.merge-section-into-topic");
		assertRejected(() -> this.service.merge(kyrgyz.getId(), kyrgyz.getId()), "target",
				"rule.tag.merge-into-itself");

		this.service.merge(kyrgyz.getId(), kyrgyzstan.getId());
		String sectionSlug = this.transaction
			.execute((status) -> this.articles.findById(story).orElseThrow().getSection().getSlug());
		assertThat(sectionSlug).isEqualTo("kyrgyzstan");
	}

	@Test
	void deletesOnlyATagNoArticleUses() {
		Tag unused = topic("Unused", "");
		Tag energy = topic("Energy", "");
		Tag section = section("Uzbekistan");
		article("solar", Set.of(energy));
		inSection(article("cotton", Set.of()), section);

		assertRejected(() -> this.service.delete(energy.getId()), null, "rule.tag.in-use");
		assertRejected(() -> this.service.delete(section.getId()), null, "rule.tag.in-use");
		this.service.delete(unused.getId());

		assertThat(this.tags.findAll()).extracting(Tag::getSlug).containsExactlyInAnyOrder("energy", "uzbekistan");
	}

	@Test
	void aSectionThatOwnsArticlesCannotBecomeATopic() {
		Tag empty = section("Turkmenistan");
		Tag owning = section("Tajikistan");
		inSection(article("rogun", Set.of()), owning);

		assertRejected(() -> this.service.update(owning.getId(), owning.getVersion(),
				draft("Tajikistan", "tajikistan", TagKind.TOPIC)), "kind", "rule.tag.section-owns-articles");
		assertThat(this.service.update(empty.getId(), empty.getVersion(), draft("Turkmenistan", "", TagKind.TOPIC))
			.getKind()).isEqualTo(TagKind.TOPIC);
	}

	@Test
	void ordersTheNavigationAndLeavesOutTagsWithoutAPlace() {
		Tag kazakhstan = this.service.create(new TagDraft("Kazakhstan", "", null, TagKind.SECTION, true));
		Tag uzbekistan = this.service.create(new TagDraft("Uzbekistan", "", null, TagKind.SECTION, true));
		Tag energy = this.service.create(new TagDraft("Energy", "", null, TagKind.TOPIC, true));
		topic("Water", "");

		this.service.moveUp(energy.getId());
		this.service.moveDown(kazakhstan.getId());
		this.service.moveDown(kazakhstan.getId());
		// At either end a move changes nothing.
		this.service.moveUp(energy.getId());
		this.service.moveDown(kazakhstan.getId());

		assertThat(this.service.navigation()).extracting(TagSummary::slug)
			.containsExactly("energy", "uzbekistan", "kazakhstan");
		Tag current = this.tags.findById(uzbekistan.getId()).orElseThrow();
		this.service.update(current.getId(), current.getVersion(),
				new TagDraft("Uzbekistan", "uzbekistan", null, TagKind.SECTION, false));
		assertThat(this.tags.findByNavPositionNotNullOrderByNavPosition()).extracting(Tag::getSlug)
			.containsExactly("energy", "kazakhstan");
	}

	@Test
	void searchFindsArticlesByTheTagsNewNameRightAfterARenameOrMerge() {
		Tag tag = topic("Melons", "");
		Tag fruit = topic("Orchards", "");
		article("bazaar", Set.of(tag));
		article("harvest", Set.of(fruit));
		assertThat(found("melons")).containsExactly("bazaar");

		this.service.update(tag.getId(), tag.getVersion(), draft("Watermelons", "", TagKind.TOPIC));
		assertThat(found("watermelons")).containsExactly("bazaar");
		assertThat(found("melons")).isEmpty();

		this.service.merge(tag.getId(), fruit.getId());
		assertThat(found("orchards")).containsExactlyInAnyOrder("bazaar", "harvest");
		assertThat(found("watermelons")).isEmpty();
	}

	private List<String> found(String query) {
		return this.search.search(query, PageRequest.of(0, 10))
			.getContent()
			.stream()
			.map((hit) -> hit.card().slug())
			.toList();
	}

	private Tag topic(String name, String slug) {
		return this.service.create(draft(name, slug, TagKind.TOPIC));
	}

	private Tag section(String name) {
		return this.service.create(draft(name, "", TagKind.SECTION));
	}

	private static TagDraft draft(String name, String slug, TagKind kind) {
		return new TagDraft(name, slug, null, kind, false);
	}

	private long article(String slug, Set<Tag> tags) {
		Article article = new Article(slug, "Story " + slug);
		article.tagWith(tags);
		article.publish(Instant.now().minusSeconds(3600));
		return this.articles.save(article).getId();
	}

	private void inSection(long articleId, Tag section) {
		this.transaction.executeWithoutResult((status) -> {
			Article article = this.articles.findById(articleId).orElseThrow();
			article.placeIn(this.tags.findById(section.getId()).orElseThrow());
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
