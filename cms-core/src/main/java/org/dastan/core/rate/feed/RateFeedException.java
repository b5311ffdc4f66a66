package org.dastan.core.rate.feed;

/**
 * A bank document that cannot be read into rates; the message names the source and the
 * problem so that an editor can tell which feed broke and why.
 */
public class RateFeedException extends Exception {

	public RateFeedException(String source, String problem) {
		super(source + ": " + problem);
	}

	public RateFeedException(String source, String problem, Throwable cause) {
		super(source + ": " + problem, cause);
	}

}
