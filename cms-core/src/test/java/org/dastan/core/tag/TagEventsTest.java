package org.dastan.core.tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.search.ArticleSearch;
import org.dastan.core.tag.internal.TagRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tag module tells other features, and what search makes of it: the articles of
 * a renamed or merged tag are found by its new name as soon as the change is saved.
 */
@SpringBootTest
@RecordApplicationEvents
class TagEventsTest {

	@Autowired
	private TagService service;

	@Autowired
	private TagRepository tags;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private ArticleSearch search;

	@Autowired
	private ApplicationEvents events;

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.tags.deleteAll();
	}

	@Test
	void announcesEachChangeWithWhetherTheNameOrTheMastheadChanged() {
		TagView kazakhstan = this.service.create(new TagDraft("Kazakhstan", "", null, TagKind.SECTION, true));
		TagView energy = this.service.create(new TagDraft("Energy", "", null, TagKind.TOPIC, true));
		TagView water = this.service.create(new TagDraft("Water", "", null, TagKind.TOPIC, false));
		this.service.update(energy.id(), energy.version(),
				new TagDraft("Energy", "energy", "Gas and grids", TagKind.TOPIC, true));
		this.service.update(water.id(), water.version(), new TagDraft("Fresh water", "", null, TagKind.TOPIC, false));
		this.service.moveUp(energy.id());
		// Already first: nothing moves, nothing to tell.
		this.service.moveUp(energy.id());
		this.service.delete(water.id());

		assertThat(this.events.stream(TagChanged.class)).containsExactly(new TagChanged(kazakhstan.id(), false, true),
				new TagChanged(energy.id(), false, true), new TagChanged(water.id(), false, false),
				new TagChanged(energy.id(), false, false), new TagChanged(water.id(), true, false),
				new TagChanged(energy.id(), false, true), new TagChanged(water.id(), false, false));
	}

	@Test
	void aRenameInTheMastheadChangesTheMasthead() {
		TagView kazakhstan = this.service.create(new TagDraft("Kazakhstan", "", null, TagKind.SECTION, true));

		this.service.update(kazakhstan.id(), kazakhstan.version(),
				new TagDraft("Qazaqstan", "", null, TagKind.SECTION, true));

		assertThat(this.events.stream(TagChanged.class)).last().isEqualTo(new TagChanged(kazakhstan.id(), true, true));
	}

	@Test
	void searchFindsArticlesByTheTagsNewNameRightAfterARenameOrMerge() {
		TagView melons = topic("Melons");
		TagView orchards = topic("Orchards");
		article("bazaar", melons);
		article("harvest", orchards);
		assertThat(found("melons")).containsExactly("bazaar");

		this.service.update(melons.id(), melons.version(), new TagDraft("Watermelons", "", null, TagKind.TOPIC, false));
		assertThat(this.events.stream(TagChanged.class)).last().isEqualTo(new TagChanged(melons.id(), true, false));
		assertThat(found("watermelons")).containsExactly("bazaar");
		assertThat(found("melons")).isEmpty();

		this.service.merge(melons.id(), orchards.id());
		assertThat(this.events.stream(TagsMerged.class)).containsExactly(new TagsMerged(melons.id(), orchards.id()));
		assertThat(found("orchards")).containsExactlyInAnyOrder("bazaar", "harvest");
		assertThat(found("watermelons")).isEmpty();
	}

	private TagView topic(String name) {
		return this.service.create(new TagDraft(name, "", null, TagKind.TOPIC, false));
	}

	private void article(String slug, TagView tag) {
		Article article = new Article(slug, "Story " + slug);
		article.tagWith(Set.of(this.tags.findById(tag.id()).orElseThrow()));
		article.publish(Instant.now().minusSeconds(3600));
		this.articles.save(article);
	}

	private List<String> found(String query) {
		return this.search.search(query, PageRequest.of(0, 10))
			.getContent()
			.stream()
			.map((hit) -> hit.card().slug())
			.toList();
	}

}
