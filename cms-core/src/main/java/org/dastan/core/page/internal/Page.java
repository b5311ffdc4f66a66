package org.dastan.core.page.internal;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.dastan.core.html.SanitizedHtml;
import org.dastan.core.page.PageStatus;
import org.dastan.core.slug.Slugs;

/**
 * A static page at its own address. Its body only ever holds sanitized HTML; it shows on
 * the site once published, and in the footer menu when also marked for it, at its
 * position there.
 */
@Entity
@Table(name = "pages")
public class Page {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_DESCRIPTION_LENGTH = 300;

	public static final int MAX_BODY_LENGTH = 500_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotBlank
	@Size(max = Slugs.MAX_LENGTH)
	@Pattern(regexp = Slugs.PATTERN)
	private String slug;

	@NotBlank
	@Size(max = MAX_TITLE_LENGTH)
	private String title;

	@NotNull
	@Size(max = MAX_BODY_LENGTH)
	private String body = "";

	@Size(max = MAX_DESCRIPTION_LENGTH)
	private String seoDescription;

	@NotNull
	@Enumerated(EnumType.STRING)
	private PageStatus status = PageStatus.DRAFT;

	private boolean inFooter;

	@PositiveOrZero
	private int footerPosition;

	private Instant publishedAt;

	@NotNull
	private Instant createdAt;

	@NotNull
	private Instant updatedAt;

	@Version
	private Long version;

	protected Page() {
	}

	public Page(Instant now, int footerPosition) {
		this.createdAt = now;
		this.updatedAt = now;
		this.footerPosition = footerPosition;
	}

	/**
	 * Writes the editable fields; the slug must have been chosen by the page rules. The
	 * page counts as updated only when what its address shows changed.
	 */
	public void write(String slug, String title, SanitizedHtml body, String seoDescription, boolean inFooter,
			Instant now) {
		if (!slug.equals(this.slug) || !title.equals(this.title) || !body.html().equals(this.body)
				|| !Objects.equals(seoDescription, this.seoDescription)) {
			this.updatedAt = now;
		}
		this.slug = slug;
		this.title = title;
		this.body = body.html();
		this.seoDescription = seoDescription;
		this.inFooter = inFooter;
	}

	public void publish(Instant now) {
		if (this.status != PageStatus.PUBLISHED) {
			this.status = PageStatus.PUBLISHED;
			this.publishedAt = now;
			this.updatedAt = now;
		}
	}

	public void unpublish(Instant now) {
		if (this.status != PageStatus.DRAFT) {
			this.status = PageStatus.DRAFT;
			this.updatedAt = now;
		}
	}

	public void moveTo(int footerPosition) {
		this.footerPosition = footerPosition;
	}

	public boolean isPublished() {
		return this.status == PageStatus.PUBLISHED;
	}

	public Long getId() {
		return this.id;
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

	public PageStatus getStatus() {
		return this.status;
	}

	public boolean isInFooter() {
		return this.inFooter;
	}

	public int getFooterPosition() {
		return this.footerPosition;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
