package org.dastan.core.article;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.dastan.core.article.desk.ArticleAutosaves;
import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.article.desk.ArticleDraft;
import org.dastan.core.article.desk.Editor;
import org.dastan.core.article.desk.OpenedArticle;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.revision.ArticleRevisions;
import org.dastan.core.article.revision.FieldChange;
import org.dastan.core.article.revision.RevisionDiff;
import org.dastan.core.article.revision.RevisionField;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.media.internal.MediaRepository;
import org.dastan.core.media.model.Media;
import org.dastan.core.tag.internal.TagRepository;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;
import org.dastan.core.tag.TagKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every field of {@link ArticleDraft}, found by walking its components, goes through the
 * machinery that reads the fields from the draft: saved by the desk and opened again,
 * compared and restored by revisions, kept by autosaves. A new field that one of them
 * misses fails here.
 */
@SpringBootTest
class ArticleDraftFieldsTest {

	private static final Editor EDITOR = new Editor("aigerim", true);

	// Tags and byline are not audited: revisions neither compare nor restore them.
	private static final Set<String> NOT_AUDITED = Set.of("tagNames", "authorIds");

	@Autowired
	private ArticleDesk desk;

	@Autowired
	private ArticleRevisions revisions;

	@Autowired
	private ArticleAutosaves autosaves;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TagRepository tags;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private MediaRepository media;

	@Autowired
	private UserAccountRepository users;

	private Map<String, Object> before;

	private Map<String, Object> after;

	@BeforeEach
	void references() {
		this.users.save(new UserAccount("aigerim", "Aigerim", "{noop}x", Set.of(Role.EDITOR)));
		Tag kazakhstan = this.tags.save(new Tag("kazakhstan", "Kazakhstan", TagKind.SECTION));
		Tag kyrgyzstan = this.tags.save(new Tag("kyrgyzstan", "Kyrgyzstan", TagKind.SECTION));
		Author aigerim = this.authors.save(new Author("aigerim", "Aigerim"));
		Author bolat = this.authors.save(new Author("bolat", "Bolat"));
		Media dam = this.media.save(new Media("dam.jpg", "image/jpeg", 1000, 800, 600, "A dam"));
		Media river = this.media.save(new Media("river.jpg", "image/jpeg", 1000, 800, 600, "A river"));
		this.before = Map.of("slug", "rogun-dam", "body", "<p>The dam rises.</p>", "sectionId", kazakhstan.getId(),
				"tagNames", List.of("Energy"), "authorIds", List.of(aigerim.getId()), "featuredImageId", dam.getId());
		this.after = Map.of("slug", "rogun-dam-fills", "body", "<p>The dam fills.</p>", "sectionId", kyrgyzstan.getId(),
				"tagNames", List.of("Water"), "authorIds", List.of(bolat.getId()), "featuredImageId", river.getId());
	}

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.authors.deleteAll();
		this.media.deleteAll();
		this.tags.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void everyFieldSurvivesASaveARevisionARestoreAndAnAutosave() {
		ArticleDraft original = draft(this.before, "Before");
		OpenedArticle opened = this.desk.create(original, EDITOR);
		assertThat(opened.draft()).isEqualTo(original);
		for (RecordComponent component : ArticleDraft.class.getRecordComponents()) {
			String name = component.getName();
			int revisionBefore = this.revisions.latestRevision(opened.id()).orElseThrow();
			Object changed = draft(this.after, "After").get(name);
			ArticleDraft edited = opened.draft().with(name, changed);

			OpenedArticle saved = this.desk.update(opened.id(), opened.version(), edited, EDITOR);

			assertThat(saved.draft()).as(name).isEqualTo(edited);
			assertThat(this.desk.open(opened.id(), EDITOR).draft().get(name)).as(name).isEqualTo(changed);
			if (!NOT_AUDITED.contains(name)) {
				int revisionAfter = this.revisions.latestRevision(opened.id()).orElseThrow();
				RevisionDiff diff = this.revisions.compare(opened.id(), revisionBefore, revisionAfter);
				if (name.equals("body")) {
					assertThat(diff.fields()).as(name).isEmpty();
					assertThat(diff.bodyChanged()).as(name).isTrue();
				}
				else {
					assertThat(diff.fields()).as(name).hasSize(1);
					assertThat(diff.bodyChanged()).as(name).isFalse();
				}
				if (ArticleDraft.TEXT_FIELDS.contains(name)) {
					assertThat(diff.fields()).extracting(FieldChange::field, FieldChange::after)
						.as(name)
						.containsExactly(tuple(RevisionField.text(name), changed));
				}
				assertThat(this.revisions.restore(opened.id(), revisionBefore)).as(name).isPresent();
				assertThat(this.desk.open(opened.id(), EDITOR).draft()).as(name).isEqualTo(opened.draft());
			}
			else {
				this.desk.update(opened.id(), saved.version(), opened.draft(), EDITOR);
			}
			opened = this.desk.open(opened.id(), EDITOR);

			this.autosaves.save(opened.id(), edited, EDITOR);
			assertThat(this.autosaves.offer(opened.id(), EDITOR)).as(name)
				.get()
				.satisfies((autosave) -> assertThat(autosave.fields().get(name)).isEqualTo(changed));
			this.autosaves.discard(opened.id(), EDITOR);
		}
	}

	// A draft whose texts are "<prefix> <component>", and the rest from the references.
	private static ArticleDraft draft(Map<String, Object> references, String prefix) {
		ArticleDraft draft = ArticleDraft.of(new Article("draft", "Draft"));
		for (RecordComponent component : ArticleDraft.class.getRecordComponents()) {
			String name = component.getName();
			draft = draft.with(name, references.getOrDefault(name, prefix + " " + name));
		}
		return draft;
	}

}
