package org.dastan.core.article.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.desk.internal.ArticleAutosave;
import org.dastan.core.article.desk.internal.ArticleAutosaveRepository;
import org.dastan.core.html.HtmlSanitizer;

/**
 * Keeps what each editor typed into an article's form until they save it: one autosave
 * per user and article (a new article counts as one), overwritten every few seconds,
 * offered back when they reopen the article, removed by a real save. Only someone who may
 * edit the article keeps one for it.
 */
@Service
@Transactional
public class ArticleAutosaves {

	private final ArticleAutosaveRepository autosaves;

	private final ArticleDesk desk;

	private final HtmlSanitizer sanitizer;

	private final Clock clock;

	ArticleAutosaves(ArticleAutosaveRepository autosaves, ArticleDesk desk, HtmlSanitizer sanitizer, Clock clock) {
		this.autosaves = autosaves;
		this.desk = desk;
		this.sanitizer = sanitizer;
		this.clock = clock;
	}

	/**
	 * Keeps the form as typed over the editor's earlier autosave of the article, or of
	 * their new article when {@code articleId} is {@code null}. The body is sanitized as
	 * a save would, so restoring it can never bring in markup a save would refuse.
	 */
	public Instant save(Long articleId, ArticleDraft fields, Editor editor) {
		checkMayEdit(articleId, editor);
		String body = (fields.body() != null) ? this.sanitizer.sanitize(fields.body()).html() : "";
		ArticleDraft typed = fields.with("body", body);
		ArticleAutosave autosave = this.autosaves
			.findByUsernameAndSlot(editor.username(), ArticleAutosave.slot(articleId))
			.orElseGet(() -> new ArticleAutosave(editor.username(), articleId));
		Instant now = this.clock.instant();
		autosave.write(typed, now);
		this.autosaves.save(autosave);
		return now;
	}

	/**
	 * The editor's autosave of the article if it is newer than the article's last save;
	 * an older one was overtaken by someone's save and is not offered.
	 */
	@Transactional(readOnly = true)
	public Optional<Autosave> offer(Long articleId, Editor editor) {
		OpenedArticle article = checkMayEdit(articleId, editor);
		return this.autosaves.findByUsernameAndSlot(editor.username(), ArticleAutosave.slot(articleId))
			.map(ArticleAutosave::toAutosave)
			.filter((autosave) -> article == null || autosave.savedAt().isAfter(article.updatedAt()));
	}

	public void discard(Long articleId, Editor editor) {
		checkMayEdit(articleId, editor);
		this.autosaves.deleteByUsernameAndSlot(editor.username(), ArticleAutosave.slot(articleId));
	}

	private OpenedArticle checkMayEdit(Long articleId, Editor editor) {
		return (articleId != null) ? this.desk.open(articleId, editor) : null;
	}

}
