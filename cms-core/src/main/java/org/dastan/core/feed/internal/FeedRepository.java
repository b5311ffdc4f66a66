package org.dastan.core.feed.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.dastan.core.article.IdOrder;
import org.dastan.core.article.PublicArticleIds;
import org.dastan.core.article.PublicArticleRule;
import org.dastan.core.article.model.Article;
import org.dastan.core.feed.FeedItem;
import org.dastan.core.feed.NewsEntry;
import org.dastan.core.feed.SitemapEntry;

/**
 * The queries behind feeds and sitemaps: projections of public articles, never whole
 * entities, so that even a sitemap of every article stays light.
 */
public interface FeedRepository extends Repository<Article, Long> {

	String PUBLIC = PublicArticleRule.JPQL;

	String ITEM = """
			select new org.dastan.core.feed.FeedItem(a.id, a.slug, a.title, a.standfirst, a.publishedAt, a.updatedAt,
				s.name)
			from Article a left join a.section s
			""";

	String NEWEST_FIRST = PublicArticleIds.NEWEST_FIRST;

	String ENTRY = "select new org.dastan.core.feed.SitemapEntry(";

	/**
	 * The feed items of the articles, in the order of the ids: like the listings, feeds
	 * find their articles' ids through the indexes first ({@link PublicArticleIds}) and
	 * read only those rows.
	 */
	default List<FeedItem> findItemsInOrder(List<Long> ids) {
		return ids.isEmpty() ? List.of() : IdOrder.arrange(ids, findItems(ids), FeedItem::id);
	}

	@Query(ITEM + " where a.id in :ids")
	List<FeedItem> findItems(Collection<Long> ids);

	/** The bylines of the articles, as (article id, author name) rows in byline order. */
	@Query("select a.id, au.name from Article a join a.authors au where a.id in :ids order by a.id, index(au)")
	List<Object[]> findAuthorNames(Collection<Long> ids);

	/** The tags of the articles, as (article id, tag name) rows by name. */
	@Query("select a.id, t.name from Article a join a.tags t where a.id in :ids order by a.id, t.name")
	List<Object[]> findTagNames(Collection<Long> ids);

	@Query("select new org.dastan.core.feed.NewsEntry(a.slug, a.title, a.publishedAt) from Article a"
			+ " where a.publishedAt >= :since and " + PUBLIC + NEWEST_FIRST)
	List<NewsEntry> findPublishedSince(Instant since, Instant now, Pageable pageable);

	@Query("select count(a) from Article a where " + PUBLIC)
	long countPublic(Instant now);

	/**
	 * Public articles in the order they were created, so that pages of them stay stable.
	 */
	@Query(ENTRY + "a.slug, a.publishedAt, a.updatedAt) from Article a where " + PUBLIC + " order by a.id")
	List<SitemapEntry> findPublicArticles(Instant now, Pageable pageable);

	@Query(ENTRY + "'', max(a.publishedAt), max(a.updatedAt)) from Article a where " + PUBLIC)
	SitemapEntry findLatestChange(Instant now);

	@Query(ENTRY + "s.slug, max(a.publishedAt), max(a.updatedAt)) from Article a join a.section s where " + PUBLIC
			+ " group by s.slug order by s.slug")
	List<SitemapEntry> findSections(Instant now);

	@Query(ENTRY + "t.slug, max(a.publishedAt), max(a.updatedAt)) from Article a join a.tags t"
			+ " where t.kind = org.dastan.core.tag.TagKind.TOPIC and " + PUBLIC + " group by t.slug order by t.slug")
	List<SitemapEntry> findTopics(Instant now);

	@Query(ENTRY + "au.slug, max(a.publishedAt), max(a.updatedAt)) from Article a join a.authors au where " + PUBLIC
			+ " group by au.slug order by au.slug")
	List<SitemapEntry> findAuthors(Instant now);

}
