package org.dastan.core.article;

/**
 * What an edit of an article changed, as the pages that show it see it.
 */
public enum ArticlePart {

	/** What only the article's own page shows: body, search description, notes. */
	BODY,

	/** What its card shows in listings: title, standfirst, image, section, date. */
	CARD,

	/** Its address. */
	SLUG,

	/** The authors on its byline. */
	BYLINES,

	/** The tags it carries. */
	TAGS

}
