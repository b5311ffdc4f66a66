package org.dastan.admin.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.dastan.core.media.MediaDescription;

/**
 * The words that go with an image, as both the upload form and the edit form take them:
 * alt text (required), caption and credit.
 */
class ImageTexts {

	@NotBlank(message = "{admin.media.error.alt-required}")
	@Size(max = 300, message = "{admin.media.error.too-long}")
	private String altText;

	@Size(max = 500, message = "{admin.media.error.too-long}")
	private String caption;

	@Size(max = 200, message = "{admin.media.error.too-long}")
	private String credit;

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

}
