package org.dastan.core.article.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import org.dastan.core.author.model.Author;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.IdOrder;
import org.dastan.core.article.PublicArticleIds;
import org.dastan.core.article.PublicArticleRule;
import org.dastan.core.article.model.Article;

/**
 * The articles' own queries; other features read articles through the module's API.
 */
public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	String PUBLIC = PublicArticleRule.JPQL;

	String CARD = """
			select new org.dastan.core.article.ArticleCard(a.id, a.slug, a.title, a.standfirst, s.id, s.slug, s.name,
				a.publishedAt, m.fileName, m.altText, m.width, m.height, m.variantWidths, m.focalX, m.focalY)
			from Article a left join a.section s left join a.featuredImage m
			""";

	Optional<Article> findBySlug(String slug);

	@Query("select a.title from Article a where a.slug = :slug")
	Optional<String> findTitleBySlug(String slug);

	Optional<Article> findByFormToken(String formToken);

	/** Whether the slug is in use by another article, as its current or a former slug. */
	@Query("""
			select count(a) > 0 from Article a left join a.formerSlugs former
			where (a.slug = :slug or former = :slug) and a.id <> :exceptId
			""")
	boolean isSlugTaken(String slug, long exceptId);

	/**
	 * The article at the slug with what its page shows of it, looked up by the slug's
	 * unique index alone: with the public condition in SQL, H2 walked the status and date
	 * index instead (15% of a fresh article render). Whether it is public is checked by
	 * the caller.
	 */
	@Query("select a from Article a left join fetch a.section left join fetch a.featuredImage where a.slug = :slug")
	Optional<Article> findWithPictureBySlug(String slug);

	/**
	 * Articles whose scheduled time came after {@code since} and by {@code now}: saved
	 * before they went out, unlike those published at once.
	 */
	@Query("select a from Article a where " + PUBLIC + " and a.publishedAt > :since and a.updatedAt < a.publishedAt")
	List<Article> findPublishedAsScheduled(Instant since, Instant now);

	@Query("select a.slug from Article a join a.formerSlugs former where former = :formerSlug")
	Optional<String> findSlugByFormerSlug(String formerSlug);

	/**
	 * The cards of the articles, in the order of the ids: listings find their page's ids
	 * through the indexes first ({@link PublicArticleIds}) and then read only those rows.
	 */
	default List<ArticleCard> findCardsInOrder(List<Long> ids) {
		return ids.isEmpty() ? List.of() : IdOrder.arrange(ids, findCardsByIds(ids), ArticleCard::id);
	}

	default Page<ArticleCard> findCardsInOrder(Page<Long> ids) {
		return new PageImpl<>(findCardsInOrder(ids.getContent()), ids.getPageable(), ids.getTotalElements());
	}

	@Query("select au from Article a join a.authors au left join fetch au.photo where a.id = :articleId order by index(au)")
	List<Author> findAuthorsOf(long articleId);

	@Query("select t from Article a join a.tags t where a.id = :articleId order by t.name")
	List<Tag> findTagsOf(long articleId);

	@Query(CARD + " where a.id in :ids")
	List<ArticleCard> findCardsByIds(Collection<Long> ids);

	@Query(CARD + " where a.slug in :slugs and " + PUBLIC)
	List<ArticleCard> findPublicCardsBySlugs(Collection<String> slugs, Instant now);

	@Query("select count(a) from Article a where " + PUBLIC)
	long countPublic(Instant now);

	/**
	 * For each of the tags, the articles last written with it, newest first, as (tag id,
	 * article id) rows: read from the join table's index alone, in one statement however
	 * many tags there are, so a busy tag's tens of thousands of article rows are never
	 * read.
	 */
	@Query(value = """
			select tag_id, article_id from (
				select tag_id, article_id,
					row_number() over (partition by tag_id order by article_id desc) as rank_in_tag
				from article_tags where tag_id in (:tagIds) and article_id <> :articleId) last_tagged
			where rank_in_tag <= :perTag""", nativeQuery = true)
	List<Object[]> findLastTagged(Collection<Long> tagIds, long articleId, int perTag);

	/**
	 * The topics on the most articles, drafts included, most first: counted in the join
	 * table alone, without reading a single article row.
	 */
	@Query(value = """
			select at.tag_id from article_tags at join tags t on t.id = at.tag_id where t.kind = 'TOPIC'
			group by at.tag_id order by count(*) desc, at.tag_id""", nativeQuery = true)
	List<Long> findMostTaggedTopicIds(Pageable pageable);

	/** Those of the tags that at least one public article carries. */
	@Query("select t.id from Tag t where t.id in :tagIds and exists (select 1 from Article a join a.tags at"
			+ " where at = t and " + PUBLIC + ")")
	List<Long> findTagsOnPublicArticles(Collection<Long> tagIds, Instant now);

	/**
	 * How many articles, drafts included, carry each of the tags, as (tag id, count)
	 * rows: counted in the join table's index alone, without reading a single article
	 * row.
	 */
	@Query(value = "select tag_id, count(*) from article_tags where tag_id in (:tagIds) group by tag_id",
			nativeQuery = true)
	List<Object[]> countTagged(Collection<Long> tagIds);

}
