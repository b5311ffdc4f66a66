package org.dastan.core.article.desk.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.dastan.core.article.desk.ArticleDraft;
import org.dastan.core.article.desk.Autosave;

/**
 * The article form as one user last typed it, unsaved. Not audited, and saving one
 * publishes no event: writing one every few seconds must neither make revisions nor drop
 * public caches.
 */
@Entity
@Table(name = "article_autosave")
public class ArticleAutosave {

	/** The slot of a new, never-saved article, which has no id yet. */
	static final long NEW_ARTICLE = 0;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "article_id")
	private Long articleId;

	private long slot;

	@Convert(converter = ArticleDraftConverter.class)
	private ArticleDraft fields;

	@Column(name = "saved_at")
	private Instant savedAt;

	protected ArticleAutosave() {
	}

	public ArticleAutosave(String username, Long articleId) {
		this.username = username;
		this.articleId = articleId;
		this.slot = slot(articleId);
	}

	public static long slot(Long articleId) {
		return (articleId != null) ? articleId : NEW_ARTICLE;
	}

	public void write(ArticleDraft fields, Instant when) {
		this.fields = fields;
		this.savedAt = when;
	}

	public Autosave toAutosave() {
		return new Autosave(this.fields, this.savedAt);
	}

}
