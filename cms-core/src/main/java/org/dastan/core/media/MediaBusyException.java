package org.dastan.core.media;

/**
 * Thrown when an upload could not start decoding within the configured wait because other
 * pictures take the memory set aside for decoding. The file is fine: the same upload may
 * succeed a moment later.
 */
public class MediaBusyException extends RuntimeException {

	public MediaBusyException(long pixels) {
		super("No room to decode an image of " + pixels + " pixels now");
	}

}
