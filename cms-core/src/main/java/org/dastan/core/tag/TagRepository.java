package org.dastan.core.tag;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TagRepository extends JpaRepository<Tag, Long> {

	Optional<Tag> findBySlug(String slug);

	Optional<Tag> findByNameIgnoreCase(String name);

	List<Tag> findByNavPositionNotNullOrderByNavPosition();

	List<Tag> findByKindOrderByName(TagKind kind);

	/** The tag that used to answer to the slug, before a rename or a merge. */
	@Query("select t from Tag t join t.formerSlugs former where former = :formerSlug")
	Optional<Tag> findByFormerSlug(String formerSlug);

	@Query("select t from Tag t left join fetch t.formerSlugs where t.id = :id")
	Optional<Tag> findWithFormerSlugsById(long id);

	List<Tag> findAllByOrderByName();

	List<Tag> findByNavPositionNotNullOrderByNavPositionAscNameAsc();

	@Query("select coalesce(max(t.navPosition), 0) from Tag t")
	int findLastNavPosition();

}
