package org.dastan.core.suggest;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks candidate articles by how related they are to one article: shared tags count more
 * the rarer the tag, the same section adds a point, and newer articles edge out older
 * ones.
 */
final class RelatedArticleRanking {

	private static final double SAME_SECTION_SCORE = 1.0;

	private static final double RECENCY_HALF_SCORE_DAYS = 30.0;

	private RelatedArticleRanking() {
	}

	/**
	 * @param candidates the articles that share a tag or the section with the one being
	 * read
	 * @param tagFrequency how many public articles carry each tag
	 * @param publicArticles how many public articles there are in all
	 */
	static List<Long> rank(Collection<Candidate> candidates, Long sectionId, Map<Long, Long> tagFrequency,
			long publicArticles, Instant now) {
		Comparator<Candidate> byScore = Comparator
			.comparingDouble((Candidate c) -> score(c, sectionId, tagFrequency, publicArticles, now))
			.reversed()
			.thenComparing(Candidate::publishedAt, Comparator.reverseOrder());
		return candidates.stream().sorted(byScore).map(Candidate::id).toList();
	}

	static double score(Candidate candidate, Long sectionId, Map<Long, Long> tagFrequency, long publicArticles,
			Instant now) {
		double tags = 0;
		for (Long tag : candidate.tagIds()) {
			long frequency = Math.max(1, tagFrequency.getOrDefault(tag, 1L));
			tags += Math.log(1.0 + (double) publicArticles / frequency);
		}
		double section = Objects.equals(sectionId, candidate.sectionId()) ? SAME_SECTION_SCORE : 0;
		double ageDays = Math.max(0, Duration.between(candidate.publishedAt(), now).toHours() / 24.0);
		double recency = 1.0 / (1.0 + ageDays / RECENCY_HALF_SCORE_DAYS);
		return tags + section + recency;
	}

	/**
	 * An article that might be related, with the tags it shares with the one being read.
	 */
	record Candidate(long id, Long sectionId, Instant publishedAt, Set<Long> tagIds) {

	}

}
