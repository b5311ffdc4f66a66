package org.dastan.core.article.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.Article;
import org.dastan.core.article.ArticleRepository;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.author.Author;
import org.dastan.core.author.AuthorRepository;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.media.Media;
import org.dastan.core.media.MediaRepository;
import org.dastan.core.slug.Slugs;
import org.dastan.core.tag.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagRepository;

/**
 * Writes articles and moves them through their statuses. Editors may do everything;
 * authors write and edit only drafts they are a byline of, and hand them in for review.
 * Every save checks the version the editor started from.
 */
@Service
@Transactional
public class ArticleDesk {

	private final ArticleRepository articles;

	private final AuthorRepository authors;

	private final TagRepository tags;

	private final MediaRepository media;

	private final HtmlSanitizer sanitizer;

	private final ArticleAutosaveRepository autosaves;

	private final Clock clock;

	ArticleDesk(ArticleRepository articles, AuthorRepository authors, TagRepository tags, MediaRepository media,
			HtmlSanitizer sanitizer, ArticleAutosaveRepository autosaves, Clock clock) {
		this.autosaves = autosaves;
		this.articles = articles;
		this.authors = authors;
		this.tags = tags;
		this.media = media;
		this.sanitizer = sanitizer;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Article open(long id, Editor editor) {
		Article article = find(id);
		if (!mayEdit(article, editor)) {
			throw new NotYoursException("You cannot edit this article");
		}
		// The editor page reads the byline and tags after this transaction ends.
		Hibernate.initialize(article.getTags());
		Hibernate.initialize(article.getAuthors());
		return article;
	}

	public Article create(ArticleDraft draft, Editor editor) {
		Article article = new Article(uniqueSlug(draft, -1), draft.title());
		List<Long> byline = new ArrayList<>(draft.authorIds());
		if (!editor.isEditor()) {
			Author own = ownByline(editor).orElseThrow(() -> new RejectedEditException(null, "desk.author.no-byline"));
			if (!byline.contains(own.getId())) {
				byline.add(0, own.getId());
			}
		}
		apply(new ArticleDraft(draft.title(), article.getSlug(), draft.standfirst(), draft.body(), draft.sectionId(),
				draft.tagNames(), byline, draft.featuredImageId(), draft.imageCaption(), draft.imageCredit(),
				draft.seoTitle(), draft.seoDescription()), article);
		saved(null, editor);
		return this.articles.saveAndFlush(article);
	}

	/**
	 * Saves the draft over the article, unless someone saved it since the editor opened
	 * it at {@code openedVersion}.
	 */
	public Article update(long id, long openedVersion, ArticleDraft draft, Editor editor) {
		Article article = open(id, editor);
		if (article.getVersion() != openedVersion) {
			throw new StaleArticleException(id, article.getVersion());
		}
		apply(draft, article);
		saved(id, editor);
		return this.articles.saveAndFlush(article);
	}

	public Article submitForReview(long id, long openedVersion, Editor editor) {
		Article article = open(id, editor);
		checkVersion(article, openedVersion);
		article.submitForReview();
		return this.articles.saveAndFlush(article);
	}

	/** Publishes now, or at a later time to schedule. Editors only. */
	public Article publish(long id, long openedVersion, Instant at, Editor editor) {
		Article article = forEditor(id, openedVersion, editor);
		article.publishAt((at != null) ? at : this.clock.instant());
		return this.articles.saveAndFlush(article);
	}

	public Article unpublish(long id, long openedVersion, Editor editor) {
		Article article = forEditor(id, openedVersion, editor);
		article.unpublish();
		return this.articles.saveAndFlush(article);
	}

	public Article archive(long id, long openedVersion, Editor editor) {
		Article article = forEditor(id, openedVersion, editor);
		article.archive();
		return this.articles.saveAndFlush(article);
	}

	/** Editors edit everything; an author edits a draft of theirs. */
	@Transactional(readOnly = true)
	public boolean mayEdit(Article article, Editor editor) {
		if (editor.isEditor()) {
			return true;
		}
		return article.getStatus() == ArticleStatus.DRAFT && article.getAuthors()
			.stream()
			.anyMatch((author) -> author.getUser() != null && author.getUser().getUsername().equals(editor.username()));
	}

	// What the editor saved is no longer unsaved: their autosave goes with the same
	// transaction, so a save that fails keeps it.
	private void saved(Long articleId, Editor editor) {
		this.autosaves.deleteByUsernameAndSlot(editor.username(), ArticleAutosave.slot(articleId));
	}

	private Article forEditor(long id, long openedVersion, Editor editor) {
		if (!editor.isEditor()) {
			throw new NotYoursException("Only editors publish, unpublish and archive");
		}
		Article article = find(id);
		checkVersion(article, openedVersion);
		return article;
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
		return this.authors.findByUserUsername(editor.username());
	}

	private void apply(ArticleDraft draft, Article article) {
		article.setTitle(draft.title().strip());
		article.rename(uniqueSlug(draft, (article.getId() != null) ? article.getId() : -1));
		article.setStandfirst(blankToNull(draft.standfirst()));
		article.writeBody(this.sanitizer.sanitize(draft.body()));
		article.setSection(section(draft.sectionId()));
		article.setTags(tags(draft.tagNames()));
		article.setAuthors(byline(draft.authorIds()));
		Media image = (draft.featuredImageId() != null) ? this.media.findById(draft.featuredImageId())
			.orElseThrow(() -> new RejectedEditException("featuredImageId", "desk.image.unknown")) : null;
		article.setFeaturedImage(image, blankToNull(draft.imageCaption()), blankToNull(draft.imageCredit()));
		article.setSeoTitle(blankToNull(draft.seoTitle()));
		article.setSeoDescription(blankToNull(draft.seoDescription()));
		article.markUpdated(this.clock.instant());
	}

	private String uniqueSlug(ArticleDraft draft, long articleId) {
		boolean chosen = draft.slug() != null && !draft.slug().isBlank();
		String base = chosen ? draft.slug().strip() : Slugs.from(draft.title());
		if (chosen && !Slugs.isValid(base)) {
			throw new RejectedEditException("slug", "desk.slug.invalid");
		}
		if (chosen) {
			if (this.articles.isSlugTaken(base, articleId)) {
				throw new RejectedEditException("slug", "desk.slug.taken");
			}
			return base;
		}
		String candidate = base.isEmpty() ? "article" : base;
		for (int suffix = 2; this.articles.isSlugTaken(candidate, articleId); suffix++) {
			candidate = base + "-" + suffix;
		}
		return candidate;
	}

	private Tag section(Long sectionId) {
		if (sectionId == null) {
			return null;
		}
		Tag section = this.tags.findById(sectionId)
			.orElseThrow(() -> new RejectedEditException("sectionId", "desk.section.unknown"));
		if (!section.isSection()) {
			throw new RejectedEditException("sectionId", "desk.section.unknown");
		}
		return section;
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
			Tag tag = this.tags.findByNameIgnoreCase(trimmed).orElseGet(() -> createTopic(trimmed));
			chosen.add(tag);
		}
		return chosen;
	}

	private Tag createTopic(String name) {
		String base = Slugs.from(name);
		if (base.isEmpty()) {
			throw new RejectedEditException("tags", "desk.tag.invalid");
		}
		String slug = base;
		for (int suffix = 2; this.tags.findBySlug(slug).isPresent(); suffix++) {
			slug = base + "-" + suffix;
		}
		return this.tags.save(new Tag(slug, name, TagKind.TOPIC));
	}

	private List<Author> byline(List<Long> ids) {
		List<Author> byline = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			if (id != null) {
				byline.add(this.authors.findById(id)
					.orElseThrow(() -> new RejectedEditException("authorIds", "desk.author.unknown")));
			}
		}
		return byline;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** No article with that id. */
	public static class ArticleNotFoundException extends RuntimeException {

		public ArticleNotFoundException(long id) {
			super("No article " + id);
		}

	}

}
