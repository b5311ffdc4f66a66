package org.dastan.core.page.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PageRevisionRepository extends JpaRepository<PageRevision, Long> {

	List<PageRevision> findByPageIdOrderByNumberDesc(long pageId);

	Optional<PageRevision> findByPageIdAndNumber(long pageId, int number);

	@Query("select coalesce(max(r.number), 0) from PageRevision r where r.pageId = :pageId")
	int findLastNumber(@Param("pageId") long pageId);

}
