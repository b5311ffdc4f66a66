package org.dastan.admin.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.dastan.core.media.Media;
import org.dastan.core.media.MediaDescription;

/**
 * The texts of a stored image as the edit form shows them, with the version they were
 * loaded at.
 */
class MediaForm {

	@NotBlank(message = "{admin.media.error.alt-required}")
	@Size(max = 300, message = "{admin.media.error.too-long}")
	private String altText;

	@Size(max = 500, message = "{admin.media.error.too-long}")
	private String caption;

	@Size(max = 200, message = "{admin.media.error.too-long}")
	private String credit;

	@NotNull
	private Long version;

	static MediaForm of(Media media) {
		MediaForm form = new MediaForm();
		form.altText = media.getAltText();
		form.caption = media.getCaption();
		form.credit = media.getCredit();
		form.version = media.getVersion();
		return form;
	}

	MediaDescription toDescription() {
		return new MediaDescription(this.altText, this.caption, this.credit);
	}

	public String getAltText() {
		return this.altText;
	}

	public void setAltText(String altText) {
		this.altText = altText;
	}

	public String getCaption() {
		return this.caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}

	public String getCredit() {
		return this.credit;
	}

	public void setCredit(String credit) {
		this.credit = credit;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
