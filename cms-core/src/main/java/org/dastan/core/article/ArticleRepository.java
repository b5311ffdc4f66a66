package org.dastan.core.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import org.dastan.core.author.Author;
import org.dastan.core.tag.Tag;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	String PUBLIC = "a.status = org.dastan.core.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

	String CARD = """
			select new org.dastan.core.article.ArticleCard(a.id, a.slug, a.title, a.standfirst, s.id, s.slug, s.name,
				a.publishedAt, m.fileName, m.altText, m.width, m.height, m.variantWidths)
			from Article a left join a.section s left join a.featuredImage m
			""";

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** Whether the slug is in use by another article, as its current or a former slug. */
	@Query("""
			select count(a) > 0 from Article a left join a.formerSlugs former
			where (a.slug = :slug or former = :slug) and a.id <> :exceptId
			""")
	boolean isSlugTaken(String slug, long exceptId);

	@Query("select a from Article a left join fetch a.section left join fetch a.featuredImage where a.slug = :slug and "
			+ PUBLIC)
	Optional<Article> findPublicBySlug(String slug, Instant now);

	@Query("select a.slug from Article a join a.formerSlugs former where former = :formerSlug")
	Optional<String> findSlugByFormerSlug(String formerSlug);

	@Query(value = CARD + " where " + PUBLIC + " order by a.publishedAt desc",
			countQuery = "select count(a) from Article a where " + PUBLIC)
	Page<ArticleCard> findLatestCards(Instant now, Pageable pageable);

	@Query(value = CARD + " where s.id = :sectionId and " + PUBLIC + " order by a.publishedAt desc",
			countQuery = "select count(a) from Article a where a.section.id = :sectionId and " + PUBLIC)
	Page<ArticleCard> findCardsInSection(long sectionId, Instant now, Pageable pageable);

	@Query(CARD + " where s.id = :sectionId and " + PUBLIC + " order by a.publishedAt desc")
	List<ArticleCard> findLatestCardsInSection(long sectionId, Instant now, Pageable pageable);

	@Query(value = CARD + " where :tag member of a.tags and " + PUBLIC + " order by a.publishedAt desc",
			countQuery = "select count(a) from Article a where :tag member of a.tags and " + PUBLIC)
	Page<ArticleCard> findCardsWithTag(Tag tag, Instant now, Pageable pageable);

	@Query(value = CARD + " where :author member of a.authors and " + PUBLIC + " order by a.publishedAt desc",
			countQuery = "select count(a) from Article a where :author member of a.authors and " + PUBLIC)
	Page<ArticleCard> findCardsByAuthor(Author author, Instant now, Pageable pageable);

	@Query("select au from Article a join a.authors au left join fetch au.photo where a.id = :articleId order by index(au)")
	List<Author> findAuthorsOf(long articleId);

	@Query("select t from Article a join a.tags t where a.id = :articleId order by t.name")
	List<Tag> findTagsOf(long articleId);

	@Query(CARD + " where a.id in :ids")
	List<ArticleCard> findCardsByIds(Collection<Long> ids);

	@Query(CARD + " where a.id in :ids and " + PUBLIC)
	List<ArticleCard> findPublicCardsByIds(Collection<Long> ids, Instant now);

	@Query(CARD + " where a.slug in :slugs and " + PUBLIC)
	List<ArticleCard> findPublicCardsBySlugs(Collection<String> slugs, Instant now);

	@Query(CARD + " where " + PUBLIC + " order by a.publishedAt desc")
	List<ArticleCard> findLatestCardList(Instant now, Pageable pageable);

	@Query(value = CARD + " where " + PUBLIC + " order by a.viewCount desc, a.publishedAt desc")
	List<ArticleCard> findMostRead(Instant now, Pageable pageable);

	@Query("select count(a) from Article a where " + PUBLIC)
	long countPublic(Instant now);

	/**
	 * Public articles sharing any of the tags, as (article id, section id, published at,
	 * tag id) rows.
	 */
	@Query("""
			select a.id, a.section.id, a.publishedAt, t.id from Article a join a.tags t
			where t.id in :tagIds and a.id <> :articleId and
			""" + PUBLIC + " order by a.publishedAt desc")
	List<Object[]> findTagNeighbours(long articleId, Collection<Long> tagIds, Instant now, Pageable pageable);

	/** The latest public articles of a section, as (article id, published at) rows. */
	@Query("select a.id, a.publishedAt from Article a where a.section.id = :sectionId and a.id <> :articleId and "
			+ PUBLIC + " order by a.publishedAt desc")
	List<Object[]> findSectionNeighbours(long articleId, long sectionId, Instant now, Pageable pageable);

	/** The topics that the most public articles carry, most first. */
	@Query("select t.id from Article a join a.tags t where t.kind = org.dastan.core.tag.TagKind.TOPIC and " + PUBLIC
			+ " group by t.id order by count(a) desc, t.id")
	List<Long> findMostUsedTopicIds(Instant now, Pageable pageable);

	/** How many public articles carry each of the tags, as (tag id, count) rows. */
	@Query("select t.id, count(a) from Article a join a.tags t where t.id in :tagIds and " + PUBLIC + " group by t.id")
	List<Object[]> countPublicByTag(Collection<Long> tagIds, Instant now);

}
