package org.dastan.core.media;

/**
 * Thrown when an upload is not an image the library takes, with the reason the uploader
 * is told.
 */
public class RejectedImageException extends RuntimeException {

	private final Reason reason;

	public RejectedImageException(Reason reason) {
		super("Image rejected: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why an upload was turned away. */
	public enum Reason {

		/** No file, or a file without bytes. */
		EMPTY,

		/** Larger than the configured upload size. */
		TOO_LARGE,

		/** Its bytes are not a JPEG, PNG, GIF or WebP image, whatever its name says. */
		UNSUPPORTED_FORMAT,

		/** Its header claims more pixels than the library decodes. */
		TOO_MANY_PIXELS,

		/** It starts like an image but cannot be read whole. */
		DAMAGED

	}

}
