package org.dastan.core.article.desk;

/**
 * What the article list is narrowed to; every part may be left out.
 */
public record DeskFilter(DeskStatus status, Long sectionId, Long authorId, Long tagId, String text) {

	public static DeskFilter none() {
		return new DeskFilter(null, null, null, null, null);
	}

}
