package org.dastan.core.tag;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TagRepository extends JpaRepository<Tag, Long> {

	Optional<Tag> findBySlug(String slug);

	Optional<Tag> findByNameIgnoreCase(String name);

	List<Tag> findByNavPositionNotNullOrderByNavPosition();

	List<Tag> findByKindOrderByName(TagKind kind);

}
