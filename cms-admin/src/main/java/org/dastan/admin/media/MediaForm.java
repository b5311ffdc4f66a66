package org.dastan.admin.media;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.dastan.core.media.DescribeImage;
import org.dastan.core.media.FocalPoint;
import org.dastan.core.media.MediaView;

/**
 * The texts and focal point of a stored image as the edit form shows them, with the
 * version they were loaded at. The focal point is in percent, as editors read it.
 */
class MediaForm extends ImageTexts {

	@NotNull
	private Long version;

	@NotNull(message = "{admin.media.error.focal}")
	@DecimalMin(value = "0", message = "{admin.media.error.focal}")
	@DecimalMax(value = "100", message = "{admin.media.error.focal}")
	private Double focalX;

	@NotNull(message = "{admin.media.error.focal}")
	@DecimalMin(value = "0", message = "{admin.media.error.focal}")
	@DecimalMax(value = "100", message = "{admin.media.error.focal}")
	private Double focalY;

	static MediaForm of(MediaView media) {
		MediaForm form = new MediaForm();
		form.setAltText(media.altText());
		form.setCaption(media.caption());
		form.setCredit(media.credit());
		form.focalX = media.focus().percentX();
		form.focalY = media.focus().percentY();
		form.version = media.version();
		return form;
	}

	DescribeImage toCommand(long id) {
		return new DescribeImage(id, this.version, toDescription(), FocalPoint.ofPercent(this.focalX, this.focalY));
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Double getFocalX() {
		return this.focalX;
	}

	public void setFocalX(Double focalX) {
		this.focalX = focalX;
	}

	public Double getFocalY() {
		return this.focalY;
	}

	public void setFocalY(Double focalY) {
		this.focalY = focalY;
	}

}
