package org.dastan.core.article;

import java.util.Locale;

/**
 * A move of an article from one status to another, as the newsroom names it.
 */
public enum StatusChange {

	SUBMIT, SEND_BACK, PUBLISH, SCHEDULE, UNPUBLISH, ARCHIVE;

	/** The name in message keys: {@code send-back} for {@link #SEND_BACK}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
