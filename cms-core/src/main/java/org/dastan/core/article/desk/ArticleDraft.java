package org.dastan.core.article.desk;

import java.time.Instant;
import java.util.List;

/**
 * What an editor typed into the article form, ready to be applied to an article.
 *
 * @param slug the wanted slug, or blank to make one from the title
 * @param tagNames tag names; unknown ones are created as topics
 * @param authorIds the byline, in order
 */
public record ArticleDraft(String title, String slug, String standfirst, String body, Long sectionId,
		List<String> tagNames, List<Long> authorIds, Long featuredImageId, String imageCaption, String imageCredit,
		String seoTitle, String seoDescription) {

	/** When to publish, for the scheduling action. */
	public record Schedule(Instant at) {
	}

}
