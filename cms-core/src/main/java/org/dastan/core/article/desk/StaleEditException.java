package org.dastan.core.article.desk;

/**
 * Someone saved the article after the editor opened it: saving now would overwrite their
 * work.
 */
public class StaleEditException extends RuntimeException {

	private final long articleId;

	private final long currentVersion;

	public StaleEditException(long articleId, long currentVersion) {
		super("Article " + articleId + " was saved by someone else (now at version " + currentVersion + ")");
		this.articleId = articleId;
		this.currentVersion = currentVersion;
	}

	public long articleId() {
		return this.articleId;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
