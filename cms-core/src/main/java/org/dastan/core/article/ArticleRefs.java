package org.dastan.core.article;

import java.util.Set;

/**
 * Where an article shows at one moment: its own address and the listings it belongs to.
 * Events carry it so that a listener knows which pages a change touches without loading
 * the article again.
 *
 * @param articleId the article
 * @param slug its address
 * @param sectionId its section; {@code null} if it has none
 * @param tagIds the tags it carries
 * @param authorIds the authors on its byline
 */
public record ArticleRefs(long articleId, String slug, Long sectionId, Set<Long> tagIds, Set<Long> authorIds) {

	public ArticleRefs {
		tagIds = Set.copyOf(tagIds);
		authorIds = Set.copyOf(authorIds);
	}

}
