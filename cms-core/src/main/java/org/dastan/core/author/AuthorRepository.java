package org.dastan.core.author;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuthorRepository extends JpaRepository<Author, Long> {

	Optional<Author> findBySlug(String slug);

	/** The byline linked to a user account, if any. */
	Optional<Author> findByUserUsername(String username);

	/**
	 * The author with their photo loaded, for pages that show both outside a transaction.
	 */
	@Query("select a from Author a left join fetch a.photo where a.slug = :slug")
	Optional<Author> findWithPhotoBySlug(String slug);

}
