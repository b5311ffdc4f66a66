package org.dastan.core.author;

import java.util.Map;

/**
 * How many articles carry each author's byline: what keeps an author from being deleted.
 * The article feature implements it, so that authors depend on nothing that credits them.
 */
public interface AuthorUsage {

	/** The number of articles per author id; authors on no byline are left out. */
	Map<Long, Long> articlesPerAuthor();

	/** The number of articles whose byline names the author. */
	long articlesBy(long authorId);

}
