package org.dastan.core.tag.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.model.Tag;

/**
 * The tags table. Queries that build a {@code TagView} fetch the former slugs with the
 * tag, so that a page costs one query.
 */
public interface TagRepository extends JpaRepository<Tag, Long> {

	Optional<Tag> findBySlug(String slug);

	@Query("select t from Tag t left join fetch t.formerSlugs where t.slug = :slug")
	Optional<Tag> findWithFormerSlugsBySlug(String slug);

	Optional<Tag> findByNameIgnoreCase(String name);

	List<Tag> findByKindOrderByName(TagKind kind);

	List<Tag> findBySlugInOrderByName(Collection<String> slugs);

	List<Tag> findByIdInOrderByName(Collection<Long> ids);

	/** The tag that used to answer to the slug, before a rename or a merge. */
	@Query("select t from Tag t join t.formerSlugs former where former = :formerSlug")
	Optional<Tag> findByFormerSlug(String formerSlug);

	@Query("select t from Tag t left join fetch t.formerSlugs where t.id = :id")
	Optional<Tag> findWithFormerSlugsById(long id);

	List<Tag> findAllByOrderByName();

	List<Tag> findByNavPositionNotNullOrderByNavPositionAscNameAsc();

	/** The masthead's tags in its order, with their former slugs. */
	@Query("select t from Tag t left join fetch t.formerSlugs where t.navPosition is not null"
			+ " order by t.navPosition, t.name")
	List<Tag> findNavigationWithFormerSlugs();

	@Query("select coalesce(max(t.navPosition), 0) from Tag t")
	int findLastNavPosition();

}
