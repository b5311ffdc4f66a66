package org.dastan.admin.media;

import jakarta.validation.constraints.NotNull;

import org.dastan.core.media.Media;

/**
 * The texts of a stored image as the edit form shows them, with the version they were
 * loaded at.
 */
class MediaForm extends ImageTexts {

	@NotNull
	private Long version;

	static MediaForm of(Media media) {
		MediaForm form = new MediaForm();
		form.setAltText(media.getAltText());
		form.setCaption(media.getCaption());
		form.setCredit(media.getCredit());
		form.version = media.getVersion();
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
