package org.dastan.core.article.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.ArticleStateException;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.author.Bylines;
import org.dastan.core.author.model.Author;
import org.dastan.core.article.desk.internal.ArticleAutosave;
import org.dastan.core.article.desk.internal.ArticleAutosaveRepository;
import org.dastan.core.article.desk.internal.ArticleNote;
import org.dastan.core.article.desk.internal.ArticleNoteRepository;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.slug.Slugs;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.UserAccounts;

/**
 * Writes articles and moves them through their statuses. Editors may do everything;
 * authors write and edit only drafts they are a byline of, and hand them in for review.
 * Every save checks the version the editor started from.
 */
@Service
@Transactional
public class ArticleDesk {

	private final ArticleRepository articles;

	private final Bylines authors;

	private final TagService tags;

	private final MediaLibrary media;

	private final HtmlSanitizer sanitizer;

	private final ArticleNoteRepository notes;

	private final UserAccounts users;

	private final ArticleAutosaveRepository autosaves;

	private final Clock clock;

	ArticleDesk(ArticleRepository articles, Bylines authors, TagService tags, MediaLibrary media,
			HtmlSanitizer sanitizer, ArticleNoteRepository notes, UserAccounts users,
			ArticleAutosaveRepository autosaves, Clock clock) {
		this.notes = notes;
		this.users = users;
		this.autosaves = autosaves;
		this.articles = articles;
		this.authors = authors;
		this.tags = tags;
		this.media = media;
		this.sanitizer = sanitizer;
		this.clock = clock;
	}

	/**
	 * The article for an editor who may edit it.
	 * @throws NotYoursException if they may not
	 */
	@Transactional(readOnly = true)
	public OpenedArticle open(long id, Editor editor) {
		return OpenedArticle.of(load(id, editor), this.clock.instant());
	}

	private Article load(long id, Editor editor) {
		Article article = find(id);
		if (!mayEdit(article, editor)) {
			throw new NotYoursException("You cannot edit this article");
		}
		return article;
	}

	/**
	 * Creates an article from the form, then does what the button pressed asks, such as
	 * publishing it at once.
	 * @param formToken the one-time token of the form, or {@code null}; a second article
	 * with the same token is refused by the database
	 */
	public OpenedArticle create(ArticleDraft draft, String formToken, Transition transition, Editor editor) {
		Instant now = this.clock.instant();
		Article article = new Article(slug(draft, -1), draft.title(), formToken);
		check(transition, editor, now);
		apply(withOwnByline(draft, editor), article, now);
		article = this.articles.saveAndFlush(article);
		perform(transition, article, editor, now);
		saved(null, editor);
		return OpenedArticle.of(this.articles.saveAndFlush(article), now);
	}

	public OpenedArticle create(ArticleDraft draft, Editor editor) {
		return create(draft, null, Transition.save(), editor);
	}

	/** The article a form with this one-time token created, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> createdBy(String formToken) {
		return this.articles.findByFormToken(formToken).map(Article::getId);
	}

	/**
	 * Saves the draft over the article and does what the button pressed asks (submit,
	 * publish, ...) in the same transaction, unless someone saved the article since the
	 * editor opened it at {@code openedVersion}. A transition the article's status does
	 * not allow is refused with an {@link ArticleStateException}, and nothing is saved.
	 * The save announces what it changed (see {@link Article}): one event at most.
	 */
	public OpenedArticle update(long id, long openedVersion, ArticleDraft draft, Transition transition, Editor editor) {
		Instant now = this.clock.instant();
		Article article = load(id, editor);
		checkVersion(article, openedVersion);
		check(transition, editor, now);
		apply(withOwnByline(draft, editor), article, now);
		perform(transition, article, editor, now);
		saved(id, editor);
		return OpenedArticle.of(this.articles.saveAndFlush(article), now);
	}

	public OpenedArticle update(long id, long openedVersion, ArticleDraft draft, Editor editor) {
		return update(id, openedVersion, draft, Transition.save(), editor);
	}

	/**
	 * Deletes an article that never reached readers or is off the site: authors their own
	 * drafts, editors any article that is not published or scheduled.
	 */
	public void delete(long id, long openedVersion, Editor editor) {
		Article article = load(id, editor);
		checkVersion(article, openedVersion);
		if (article.getStatus() == ArticleStatus.PUBLISHED) {
			throw new RejectedEditException(null, "desk.refused.delete");
		}
		this.articles.delete(article);
		this.articles.flush();
	}

	/** The staff notes on an article the caller has opened, newest first. */
	@Transactional(readOnly = true)
	public List<NoteView> notes(long articleId) {
		return this.notes.findByArticleIdOrderByCreatedAtDescIdDesc(articleId).stream().map(ArticleNote::view).toList();
	}

	// What the article cannot know: who asks, and whether the form's note and time make
	// sense. Whether its status allows the change, the article itself decides.
	private void check(Transition transition, Editor editor, Instant now) {
		DeskAction action = transition.action();
		if (action.needsEditor() && !editor.isEditor()) {
			throw new NotYoursException("Only editors publish, schedule, unpublish, archive and send back");
		}
		if (action.needsNote()) {
			String note = (transition.note() != null) ? transition.note().strip() : "";
			if (note.isEmpty()) {
				throw new RejectedEditException("note", "desk.note.required");
			}
			if (note.length() > Transition.NOTE_MAX_LENGTH) {
				throw new RejectedEditException("note", "desk.note.too-long", Transition.NOTE_MAX_LENGTH);
			}
		}
		if (action == DeskAction.SCHEDULE && (transition.at() == null || !transition.at().isAfter(now))) {
			throw new RejectedEditException("publishAt", "desk.schedule.invalid");
		}
	}

	private void perform(Transition transition, Article article, Editor editor, Instant now) {
		switch (transition.action()) {
			case SUBMIT -> article.submit();
			case PUBLISH -> article.publish(now);
			case SCHEDULE -> article.schedule(transition.at(), now);
			case UNPUBLISH -> article.unpublish(now);
			case ARCHIVE -> article.archive(now);
			case SEND_BACK -> {
				article.sendBack();
				note(article, transition.note(), true, editor, now);
			}
			case ADD_NOTE -> note(article, transition.note(), false, editor, now);
			case SAVE -> {
			}
		}
	}

	private void note(Article article, String text, boolean sentBack, Editor editor, Instant now) {
		String name = this.users.find(editor.username()).map(AccountView::displayName).orElse(editor.username());
		this.notes.save(new ArticleNote(article.getId(), editor.username(), name, text.strip(), sentBack, now));
	}

	// An author cannot hand their draft to another byline and lose it: their own byline
	// stays first unless they placed it elsewhere.
	private ArticleDraft withOwnByline(ArticleDraft draft, Editor editor) {
		if (editor.isEditor()) {
			return draft;
		}
		Author own = ownByline(editor).orElseThrow(() -> new RejectedEditException(null, "desk.author.no-byline"));
		if (draft.authorIds().contains(own.getId())) {
			return draft;
		}
		List<Long> byline = new ArrayList<>(draft.authorIds());
		byline.add(0, own.getId());
		return draft.with("authorIds", byline);
	}

	// Editors edit everything; an author edits a draft of theirs.
	private boolean mayEdit(Article article, Editor editor) {
		if (editor.isEditor()) {
			return true;
		}
		if (article.getStatus() != ArticleStatus.DRAFT) {
			return false;
		}
		Optional<Long> account = accountOf(editor);
		return account.isPresent()
				&& article.getAuthors().stream().anyMatch((author) -> account.get().equals(author.getUserId()));
	}

	// What the editor saved is no longer unsaved: their autosave goes with the same
	// transaction, so a save that fails keeps it.
	private void saved(Long articleId, Editor editor) {
		this.autosaves.deleteByUsernameAndSlot(editor.username(), ArticleAutosave.slot(articleId));
	}

	private static void checkVersion(Article article, long openedVersion) {
		if (article.getVersion() != openedVersion) {
			throw new StaleArticleException(article.getId(), article.getVersion());
		}
	}

	private Article find(long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

	private Optional<Author> ownByline(Editor editor) {
		return accountOf(editor).flatMap(this.authors::ofAccount);
	}

	private Optional<Long> accountOf(Editor editor) {
		return this.users.find(editor.username()).map(AccountView::id);
	}

	private void apply(ArticleDraft draft, Article article, Instant now) {
		draft.applyTextTo(article);
		article.rename(slug(draft, (article.getId() != null) ? article.getId() : -1));
		article.writeBody(this.sanitizer.sanitize(draft.body()));
		article.placeIn(section(draft.sectionId()));
		article.tagWith(tags(draft.tagNames()));
		article.creditTo(byline(draft.authorIds()));
		article.illustrate(
				(draft.featuredImageId() != null)
						? this.media.find(draft.featuredImageId())
							.orElseThrow(() -> new RejectedEditException("featuredImageId", "desk.image.unknown"))
						: null);
		article.markUpdated(now);
	}

	// Another article's former slug still leads to it, so it counts as taken.
	private String slug(ArticleDraft draft, long articleId) {
		return Slugs.choose(draft.slug(), draft.title(), "article", Slugs.MAX_LENGTH,
				(slug) -> this.articles.isSlugTaken(slug, articleId));
	}

	private Tag section(Long sectionId) {
		if (sectionId == null) {
			return null;
		}
		return this.tags.findModel(sectionId)
			.filter(Tag::isSection)
			.orElseThrow(() -> new RejectedEditException("sectionId", "desk.section.unknown"));
	}

	// Tags are matched by name, case-insensitively; new names become topics, so "pick or
	// create" is one field.
	private Set<Tag> tags(List<String> names) {
		Set<Tag> chosen = new HashSet<>();
		for (String name : new LinkedHashSet<>(names)) {
			String trimmed = name.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			chosen.add(this.tags.findOrCreateTopic(trimmed));
		}
		return chosen;
	}

	private List<Author> byline(List<Long> ids) {
		List<Author> byline = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			if (id != null) {
				byline.add(this.authors.find(id)
					.orElseThrow(() -> new RejectedEditException("authorIds", "desk.author.unknown")));
			}
		}
		return byline;
	}

	/** No article with that id. */
	public static class ArticleNotFoundException extends RuntimeException {

		public ArticleNotFoundException(long id) {
			super("No article " + id);
		}

	}

}
