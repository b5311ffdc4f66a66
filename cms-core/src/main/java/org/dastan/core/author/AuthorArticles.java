package org.dastan.core.author;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.dastan.core.article.model.Article;

/**
 * The articles on authors' bylines: what keeps an author from being deleted, and what a
 * new name must reindex.
 */
interface AuthorArticles extends Repository<Article, Long> {

	/** How many articles each author is on, as (author id, count) rows. */
	@Query("select au.id, count(distinct a) from Article a join a.authors au group by au.id")
	List<Object[]> countByAuthor();

	@Query("select count(a) from Article a where :author member of a.authors")
	long countBy(Author author);

	@Query("select a from Article a where :author member of a.authors")
	List<Article> findBy(Author author);

}
