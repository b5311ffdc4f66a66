package org.dastan.core.article.desk;

import org.dastan.core.edit.StaleEditException;

/**
 * A stale edit of an article: it names the article, so a status change made from an old
 * page can lead the editor back to it.
 */
public class StaleArticleException extends StaleEditException {

	private final long articleId;

	public StaleArticleException(long articleId, long currentVersion) {
		super(currentVersion);
		this.articleId = articleId;
	}

	public long articleId() {
		return this.articleId;
	}

}
