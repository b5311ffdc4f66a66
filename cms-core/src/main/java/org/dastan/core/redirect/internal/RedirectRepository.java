package org.dastan.core.redirect.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RedirectRepository extends JpaRepository<Redirect, Long> {

	Optional<Redirect> findByOldPath(String oldPath);

	List<Redirect> findByTarget(String target);

	List<Redirect> findAllByOrderByOldPath();

	/** Old paths or targets that hold the text, any case. */
	@Query("""
			select r from Redirect r
			where lower(r.oldPath) like lower(concat('%', :text, '%'))
			or lower(r.target) like lower(concat('%', :text, '%'))""")
	Page<Redirect> search(String text, Pageable pageable);

	/** What the map a node keeps is built from: no more than readers need. */
	@Query("select new org.dastan.core.redirect.internal.RedirectRow(r.id, r.oldPath, r.target, r.status)"
			+ " from Redirect r")
	List<RedirectRow> findRows();

}
