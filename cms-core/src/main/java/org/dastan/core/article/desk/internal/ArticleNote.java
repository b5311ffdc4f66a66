package org.dastan.core.article.desk.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.dastan.core.article.desk.NoteView;
import org.dastan.core.article.desk.Transition;

/**
 * A note a staff member left on an article for the newsroom; readers never see it. A note
 * that sent the article back to its author is marked so.
 */
@Entity
@Table(name = "article_notes")
public class ArticleNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "article_id")
	private long articleId;

	@NotBlank
	private String username;

	@NotBlank
	@Column(name = "author_name")
	private String authorName;

	@NotBlank
	@Size(max = Transition.NOTE_MAX_LENGTH)
	private String body;

	@Column(name = "sent_back")
	private boolean sentBack;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ArticleNote() {
	}

	public ArticleNote(long articleId, String username, String authorName, String body, boolean sentBack,
			Instant createdAt) {
		this.articleId = articleId;
		this.username = username;
		this.authorName = authorName;
		this.body = body;
		this.sentBack = sentBack;
		this.createdAt = createdAt;
	}

	public NoteView view() {
		return new NoteView(this.authorName, this.body, this.sentBack, this.createdAt);
	}

}
