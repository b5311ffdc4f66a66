package org.dastan.core.suggest.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.dastan.core.suggest.ArticleChoice;

public interface SuggestedLinkRepository extends JpaRepository<SuggestedLink, Long> {

	@Query("""
			select l from SuggestedLink l left join fetch l.target t left join fetch t.featuredImage
			left join fetch t.section
			where l.owner.id = :articleId order by l.position
			""")
	List<SuggestedLink> findPicksOf(long articleId);

	/**
	 * Articles whose title holds the text (a LIKE pattern, escaped with {@code \}),
	 * newest first, leaving one out.
	 */
	@Query("""
			select new org.dastan.core.suggest.ArticleChoice(a.id, a.title, a.slug, a.status) from Article a
			where lower(a.title) like lower(:pattern) escape '\\' and a.id <> :exceptId order by a.id desc
			""")
	List<ArticleChoice> findChoices(String pattern, long exceptId, Pageable pageable);

}
