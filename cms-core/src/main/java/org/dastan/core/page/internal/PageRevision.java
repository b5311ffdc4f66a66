package org.dastan.core.page.internal;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The text of a page as one save left it, numbered from 1 per page, with who saved it.
 * Written once, never changed.
 */
@Entity
@Table(name = "page_revisions")
public class PageRevision {

	static final int MAX_USERNAME_LENGTH = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long pageId;

	@Column(name = "revision_number")
	private int number;

	private String slug;

	private String title;

	private String body;

	private String seoDescription;

	private Instant savedAt;

	private String savedBy;

	private Integer restoredFrom;

	protected PageRevision() {
	}

	public PageRevision(Page page, int number, Instant savedAt, String savedBy, Integer restoredFrom) {
		this.pageId = page.getId();
		this.number = number;
		this.slug = page.getSlug();
		this.title = page.getTitle();
		this.body = page.getBody();
		this.seoDescription = page.getSeoDescription();
		this.savedAt = savedAt;
		this.savedBy = (savedBy != null && savedBy.length() > MAX_USERNAME_LENGTH)
				? savedBy.substring(0, MAX_USERNAME_LENGTH) : savedBy;
		this.restoredFrom = restoredFrom;
	}

	/** Whether the page reads as this revision does. */
	public boolean matches(Page page) {
		return this.slug.equals(page.getSlug()) && this.title.equals(page.getTitle())
				&& this.body.equals(page.getBody()) && Objects.equals(this.seoDescription, page.getSeoDescription());
	}

	public long getPageId() {
		return this.pageId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public String getSeoDescription() {
		return this.seoDescription;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	public String getSavedBy() {
		return this.savedBy;
	}

	public Integer getRestoredFrom() {
		return this.restoredFrom;
	}

}
