package org.dastan.admin.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.dastan.core.page.PageDraft;
import org.dastan.core.page.PageView;

/**
 * The page form's fields, as typed; the page module checks the slug and sanitizes the
 * body.
 */
public class PageForm {

	@NotBlank(message = "{admin.form.required}")
	@Size(max = 200, message = "{admin.form.too-long}")
	private String title;

	@Size(max = 160, message = "{admin.form.too-long}")
	private String slug;

	@Size(max = 500_000, message = "{admin.form.too-long}")
	private String body;

	@Size(max = 300, message = "{admin.form.too-long}")
	private String seoDescription;

	private boolean inFooter = true;

	private Long version;

	static PageForm of(PageView page) {
		PageForm form = new PageForm();
		form.title = page.title();
		form.slug = page.slug();
		form.body = page.body();
		form.seoDescription = page.seoDescription();
		form.inFooter = page.inFooter();
		form.version = page.version();
		return form;
	}

	PageDraft toDraft() {
		return new PageDraft(this.title, this.slug, this.body, this.seoDescription, this.inFooter);
	}

	long openedVersion() {
		return (this.version != null) ? this.version : -1;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getSeoDescription() {
		return this.seoDescription;
	}

	public void setSeoDescription(String seoDescription) {
		this.seoDescription = seoDescription;
	}

	public boolean isInFooter() {
		return this.inFooter;
	}

	public void setInFooter(boolean inFooter) {
		this.inFooter = inFooter;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
