package org.dastan.core.article;

import java.util.Set;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An article was edited without changing whether it is public. A draft's or a scheduled
 * article's edit shows on no public page; a public one's shows on the pages of
 * {@code before} and {@code after} that the changed parts reach.
 *
 * @param articleId the article
 * @param isPublic whether readers see it
 * @param parts what changed
 * @param before where it showed before the edit
 * @param after where it shows now
 */
@DomainEvent
public record ArticleChanged(long articleId, boolean isPublic, Set<ArticlePart> parts, ArticleRefs before,
		ArticleRefs after) {

	public ArticleChanged {
		parts = Set.copyOf(parts);
	}

}
