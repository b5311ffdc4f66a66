package org.dastan.core.suggest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dastan.core.suggest.RelatedArticleRanking.Candidate;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedArticleRankingTest {

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private static final long RARE_TAG = 1;

	private static final long COMMON_TAG = 2;

	private static final Map<Long, Long> FREQUENCY = Map.of(RARE_TAG, 3L, COMMON_TAG, 900L);

	@Test
	void ranksARareSharedTagAboveACommonOne() {
		Candidate sharesRare = new Candidate(10, 99L, daysAgo(5), Set.of(RARE_TAG));
		Candidate sharesCommon = new Candidate(11, 99L, daysAgo(5), Set.of(COMMON_TAG));
		assertThat(rank(sharesCommon, sharesRare)).containsExactly(10L, 11L);
	}

	@Test
	void ranksMoreSharedTagsHigher() {
		Candidate both = new Candidate(10, 99L, daysAgo(20), Set.of(RARE_TAG, COMMON_TAG));
		Candidate one = new Candidate(11, 99L, daysAgo(1), Set.of(RARE_TAG));
		assertThat(rank(one, both)).containsExactly(10L, 11L);
	}

	@Test
	void prefersTheSameSectionWhenTagsAreEqual() {
		Candidate sameSection = new Candidate(10, 7L, daysAgo(10), Set.of(COMMON_TAG));
		Candidate otherSection = new Candidate(11, 8L, daysAgo(10), Set.of(COMMON_TAG));
		assertThat(rank(otherSection, sameSection)).containsExactly(10L, 11L);
	}

	@Test
	void prefersTheNewerArticleWhenAllElseIsEqual() {
		Candidate older = new Candidate(10, 7L, daysAgo(90), Set.of(COMMON_TAG));
		Candidate newer = new Candidate(11, 7L, daysAgo(2), Set.of(COMMON_TAG));
		assertThat(rank(older, newer)).containsExactly(11L, 10L);
	}

	private static List<Long> rank(Candidate... candidates) {
		return RelatedArticleRanking.rank(List.of(candidates), 7L, FREQUENCY, 1000, NOW);
	}

	private static Instant daysAgo(int days) {
		return NOW.minus(days, ChronoUnit.DAYS);
	}

}
