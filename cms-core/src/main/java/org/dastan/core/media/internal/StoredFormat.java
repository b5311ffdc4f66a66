package org.dastan.core.media.internal;

/**
 * The formats the library stores pictures in, whatever they were uploaded as: JPEG for
 * opaque pictures, PNG for those with transparency.
 */
public enum StoredFormat {

	JPEG("jpg", "image/jpeg"), PNG("png", "image/png");

	private final String extension;

	private final String contentType;

	StoredFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

}
