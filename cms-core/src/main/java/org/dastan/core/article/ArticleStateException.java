package org.dastan.core.article;

import org.dastan.core.edit.RejectedEditException;

/**
 * A status change the article's status does not allow, such as publishing an article that
 * is already on the site. Forms show it above the form, like any refused edit, with the
 * desk's {@code desk.refused.*} message for the change.
 */
public class ArticleStateException extends RejectedEditException {

	private final ArticleStatus status;

	private final StatusChange attempted;

	public ArticleStateException(ArticleStatus status, StatusChange attempted) {
		super(null, "desk.refused." + attempted.key());
		this.status = status;
		this.attempted = attempted;
	}

	/** The status the article had, and still has. */
	public ArticleStatus status() {
		return this.status;
	}

	public StatusChange attempted() {
		return this.attempted;
	}

	@Override
	public String getMessage() {
		return "Cannot " + this.attempted + " an article in status " + this.status;
	}

}
