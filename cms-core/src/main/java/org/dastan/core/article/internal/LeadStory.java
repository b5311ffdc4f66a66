package org.dastan.core.article.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An article an editor keeps on top of the front page, and since when: the newest pin
 * leads.
 */
@Entity
@Table(name = "lead_stories")
public class LeadStory {

	@Id
	@Column(name = "article_id")
	private Long articleId;

	@Column(name = "led_since", nullable = false)
	private Instant ledSince;

	protected LeadStory() {
	}

	public LeadStory(long articleId, Instant ledSince) {
		this.articleId = articleId;
		this.ledSince = ledSince;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public Instant getLedSince() {
		return this.ledSince;
	}

}
