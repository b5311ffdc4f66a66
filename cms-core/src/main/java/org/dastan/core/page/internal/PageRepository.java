package org.dastan.core.page.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.dastan.core.page.PageStatus;

public interface PageRepository extends JpaRepository<Page, Long> {

	Optional<Page> findBySlug(String slug);

	Optional<Page> findBySlugAndStatus(String slug, PageStatus status);

	boolean existsBySlugAndIdNot(String slug, long id);

	boolean existsBySlug(String slug);

	/** Every page in the footer's order, those outside the footer too. */
	List<Page> findAllByOrderByFooterPositionAscIdAsc();

	List<Page> findByStatusAndInFooterTrueOrderByFooterPositionAscIdAsc(PageStatus status);

	List<Page> findByStatusOrderBySlug(PageStatus status);

	@Query("select coalesce(max(p.footerPosition), -1) from Page p")
	int findLastPosition();

}
