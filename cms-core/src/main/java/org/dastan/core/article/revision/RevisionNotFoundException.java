package org.dastan.core.article.revision;

/**
 * Thrown when the article does not exist or has no such revision, so that callers can
 * answer with a not-found page.
 */
public class RevisionNotFoundException extends RuntimeException {

	RevisionNotFoundException(long articleId) {
		super("Article " + articleId + " not found");
	}

	RevisionNotFoundException(long articleId, int revision) {
		super("Article " + articleId + " has no revision " + revision);
	}

}
