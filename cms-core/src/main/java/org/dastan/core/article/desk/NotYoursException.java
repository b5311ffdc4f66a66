package org.dastan.core.article.desk;

/**
 * The staff member may not do this to this article: an author touching someone else's
 * article, or one already out of their hands. The admin answers it with 403.
 */
public class NotYoursException extends RuntimeException {

	public NotYoursException(String message) {
		super(message);
	}

}
