package org.dastan.core.suggest;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SuggestedLinkRepository extends JpaRepository<SuggestedLink, Long> {

	@Query("""
			select l from SuggestedLink l left join fetch l.target t left join fetch t.featuredImage
			left join fetch t.section
			where l.owner.id = :articleId order by l.position
			""")
	List<SuggestedLink> findPicksOf(long articleId);

}
