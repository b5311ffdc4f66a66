package org.dastan.core.article;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.dastan.core.article.model.Article;

/**
 * The ids of public articles in the orders readers see them: listings, feeds and the
 * sidebar find a page's ids here, through the indexes alone, and then read only those
 * rows ({@link ArticleCards#inOrder}). Sorting whole rows would read every article body
 * in the listing (seconds at 100,000 articles on H2).
 */
public interface PublicArticleIds extends Repository<Article, Long> {

	String PUBLIC = PublicArticleRule.JPQL;

	/**
	 * Newest first. The status is fixed by {@link #PUBLIC}, so ordering by it changes
	 * nothing, but H2 walks an index backwards and stops after the page only when the
	 * order names the index's columns from the first: without it H2 sorted all 100,000
	 * public articles for every listing (0.2 to 0.6 s instead of 0.5 ms). The id breaks
	 * ties, so that pages never overlap.
	 */
	String NEWEST_FIRST = " order by a.status desc, a.publishedAt desc, a.id desc";

	String PUBLIC_ROW = PublicArticleRule.SQL;

	String STAMP = "select new org.dastan.core.article.ArticleStamp(a.id, a.section.id, a.status, a.publishedAt)"
			+ " from Article a";

	/**
	 * Up to this many public articles under a tag or byline, all of them are read from
	 * the join table (id, status and date only) and sorted here; above it, the date index
	 * is walked newest first until the page is full. Walking for a rare tag would read
	 * nearly every index entry (70 to 350 ms at 100,000 articles), reading a busy tag's
	 * ids would read thousands of rows: each way is fast exactly where the other is slow.
	 */
	int FEW_ENOUGH_TO_SORT = 500;

	@Query("select a.id from Article a where " + PUBLIC + NEWEST_FIRST)
	List<Long> findLatestList(Instant now, Pageable pageable);

	@Query(value = "select a.id from Article a where a.section.id = :sectionId and " + PUBLIC + NEWEST_FIRST,
			countQuery = "select count(a) from Article a where a.section.id = :sectionId and " + PUBLIC)
	Page<Long> findInSection(long sectionId, Instant now, Pageable pageable);

	@Query("select a.id from Article a where a.section.id = :sectionId and " + PUBLIC + NEWEST_FIRST)
	List<Long> findListInSection(long sectionId, Instant now, Pageable pageable);

	@Query(STAMP + " where a.section.id = :sectionId and " + PUBLIC + NEWEST_FIRST)
	List<ArticleStamp> findStampsInSection(long sectionId, Instant now, Pageable pageable);

	default Page<Long> findWithTag(long tagId, Instant now, Pageable pageable) {
		return findWithTag(tagId, now, pageable, FEW_ENOUGH_TO_SORT);
	}

	default Page<Long> findWithTag(long tagId, Instant now, Pageable pageable, int fewEnoughToSort) {
		return pageOfMembers(countWithTag(tagId, now), fewEnoughToSort, () -> findStampsWithTag(tagId),
				() -> walkWithTag(tagId, now, pageable), now, pageable);
	}

	default Page<Long> findByAuthor(long authorId, Instant now, Pageable pageable) {
		return findByAuthor(authorId, now, pageable, FEW_ENOUGH_TO_SORT);
	}

	default Page<Long> findByAuthor(long authorId, Instant now, Pageable pageable, int fewEnoughToSort) {
		return pageOfMembers(countByAuthor(authorId, now), fewEnoughToSort, () -> findStampsByAuthor(authorId),
				() -> walkByAuthor(authorId, now, pageable), now, pageable);
	}

	private Page<Long> pageOfMembers(long total, int fewEnoughToSort, Supplier<List<ArticleStamp>> allMembers,
			Supplier<List<Long>> walk, Instant now, Pageable pageable) {
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		List<Long> ids = (total <= fewEnoughToSort) ? newestPublicFirst(allMembers.get(), now, pageable) : walk.get();
		return new PageImpl<>(ids, pageable, total);
	}

	/**
	 * The most read public articles, most first. H2 picks the date index for
	 * {@link #PUBLIC}'s date condition and then sorts every public article by views (3 s
	 * at 100,000), so the query asks for the status alone, which the
	 * {@code (status, view_count, published_at)} index answers in order, and takes as
	 * many more as there are articles scheduled for later, which are dropped here.
	 */
	default List<Long> findMostRead(Instant now, Pageable pageable) {
		long scheduled = countScheduled(now);
		int wanted = Math.toIntExact(pageable.getOffset() + pageable.getPageSize() + scheduled);
		return findMostReadPublished(PageRequest.of(0, wanted)).stream()
			.filter((row) -> !((Instant) row[1]).isAfter(now))
			.skip(pageable.getOffset())
			.limit(pageable.getPageSize())
			.map((row) -> (Long) row[0])
			.toList();
	}

	/** Published articles, scheduled ones included, as (id, published at) rows. */
	@Query("select a.id, a.publishedAt from Article a"
			+ " where a.status = org.dastan.core.article.ArticleStatus.PUBLISHED"
			+ " order by a.status desc, a.viewCount desc, a.publishedAt desc, a.id desc")
	List<Object[]> findMostReadPublished(Pageable pageable);

	@Query("select count(a) from Article a where " + PublicArticleRule.SCHEDULED_JPQL)
	long countScheduled(Instant now);

	private static List<Long> newestPublicFirst(List<ArticleStamp> stamps, Instant now, Pageable pageable) {
		return stamps.stream()
			.filter((stamp) -> stamp.isPublicAt(now))
			.sorted(Comparator.comparing(ArticleStamp::publishedAt).thenComparing(ArticleStamp::id).reversed())
			.skip(pageable.getOffset())
			.limit(pageable.getPageSize())
			.map(ArticleStamp::id)
			.toList();
	}

	/**
	 * Of the given articles, the public ones. Each id is looked up by its key and the
	 * status and date are checked here: asked with {@link #PUBLIC} in SQL, H2 scans a
	 * whole index that has the status and date in it instead of looking the ids up
	 * (100,000 entries for a list of 90 ids, 0.1 to 0.2 s).
	 */
	default List<ArticleStamp> findPublicStamps(Collection<Long> ids, Instant now) {
		return ids.isEmpty() ? List.of() : findStamps(ids).stream().filter((stamp) -> stamp.isPublicAt(now)).toList();
	}

	@Query(STAMP + " where a.id in :ids")
	List<ArticleStamp> findStamps(Collection<Long> ids);

	// Counts start from the join table and look up each article by its key: H2 starts
	// from the articles otherwise, whatever the tag (80 to 230 ms instead of 0.3 to 25).

	String PUBLIC_ARTICLE_OF_ROW = " and exists (select 1 from articles a where a.id = t.article_id and " + PUBLIC_ROW
			+ ")";

	@Query(value = "select count(*) from article_tags t where t.tag_id = :tagId" + PUBLIC_ARTICLE_OF_ROW,
			nativeQuery = true)
	long countWithTag(long tagId, Instant now);

	@Query(value = "select count(*) from article_authors t where t.author_id = :authorId" + PUBLIC_ARTICLE_OF_ROW,
			nativeQuery = true)
	long countByAuthor(long authorId, Instant now);

	@Query(STAMP + " join a.tags t where t.id = :tagId")
	List<ArticleStamp> findStampsWithTag(long tagId);

	@Query(STAMP + " join a.authors au where au.id = :authorId")
	List<ArticleStamp> findStampsByAuthor(long authorId);

	@Query("select a.id from Article a join a.tags t where t.id = :tagId and " + PUBLIC + NEWEST_FIRST)
	List<Long> walkWithTag(long tagId, Instant now, Pageable pageable);

	@Query("select a.id from Article a join a.authors au where au.id = :authorId and " + PUBLIC + NEWEST_FIRST)
	List<Long> walkByAuthor(long authorId, Instant now, Pageable pageable);

}
