package org.dastan.core.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An article from trusted bulk data (the demo newsroom, the benchmark's dataset), whole,
 * with the times and views it had.
 *
 * @param body HTML, sanitized on the way in like any other
 * @param publishedAt when it went out, or goes out when that lies ahead; {@code null} for
 * a draft
 * @param updatedAt when it last changed
 */
public record ImportArticle(String slug, String title, String standfirst, String body, Long sectionId, Set<Long> tagIds,
		List<Long> authorIds, Long imageId, String imageCaption, String imageCredit, Instant publishedAt,
		Instant updatedAt, long views) {

}
