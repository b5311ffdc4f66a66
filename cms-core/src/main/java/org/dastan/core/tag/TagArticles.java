package org.dastan.core.tag;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.dastan.core.article.model.Article;

/**
 * The articles that use a tag, as their section or among their tags: what a rename must
 * reindex, a merge must move and a delete must not leave behind.
 */
interface TagArticles extends Repository<Article, Long> {

	/** How many articles carry each tag, as (tag id, count) rows. */
	@Query("select t.id, count(a) from Article a join a.tags t group by t.id")
	List<Object[]> countCarrying();

	/**
	 * How many articles sit in each section without also carrying it as a tag, as
	 * (section id, count) rows; added to {@link #countCarrying()} no article counts
	 * twice.
	 */
	@Query("select s.id, count(a) from Article a join a.section s where s not member of a.tags group by s.id")
	List<Object[]> countOnlyInSection();

	@Query("select count(a) from Article a where a.section = :tag or :tag member of a.tags")
	long countUsing(Tag tag);

	@Query("select count(a) from Article a where a.section = :section")
	long countInSection(Tag section);

	@Query("select a from Article a where :tag member of a.tags")
	List<Article> findCarrying(Tag tag);

	@Query("select a from Article a where a.section = :section")
	List<Article> findInSection(Tag section);

}
