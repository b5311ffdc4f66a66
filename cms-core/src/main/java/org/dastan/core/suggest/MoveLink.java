package org.dastan.core.suggest;

/**
 * Move one of an article's picked links in their order.
 *
 * @param step how many places: negative earlier, positive later
 */
public record MoveLink(long articleId, long linkId, int step) {

	public static MoveLink up(long articleId, long linkId) {
		return new MoveLink(articleId, linkId, -1);
	}

	public static MoveLink down(long articleId, long linkId) {
		return new MoveLink(articleId, linkId, 1);
	}

}
