package org.dastan.admin.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.dastan.core.author.AuthorDraft;
import org.dastan.core.author.AuthorView;

/**
 * The author form's fields, as typed; the service checks what needs the database (slug,
 * photo, account).
 */
public class AuthorForm {

	@NotBlank(message = "{admin.form.required}")
	@Size(max = 120, message = "{admin.form.too-long}")
	private String name;

	@Size(max = 120, message = "{admin.form.too-long}")
	private String slug;

	@Size(max = 120, message = "{admin.form.too-long}")
	private String jobTitle;

	@Size(max = 2000, message = "{admin.form.too-long}")
	private String bio;

	private Long photoId;

	private Long userId;

	private Long version;

	static AuthorForm of(AuthorView author) {
		AuthorForm form = new AuthorForm();
		form.name = author.name();
		form.slug = author.slug();
		form.jobTitle = author.jobTitle();
		form.bio = author.bio();
		form.photoId = author.photoId();
		form.userId = author.userId();
		form.version = author.version();
		return form;
	}

	AuthorDraft toDraft() {
		return new AuthorDraft(this.name, this.slug, this.jobTitle, this.bio, this.photoId, this.userId);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getBio() {
		return this.bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	public Long getPhotoId() {
		return this.photoId;
	}

	public void setPhotoId(Long photoId) {
		this.photoId = photoId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
