package org.dastan.core.author.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.dastan.core.author.model.Author;

/**
 * The authors' table; public for the module's API and for tests that set data up.
 */
public interface AuthorRepository extends JpaRepository<Author, Long> {

	Optional<Author> findBySlug(String slug);

	/** The byline linked to a user account, if any. */
	Optional<Author> findByUserId(long userId);

	/**
	 * The author with their photo loaded, for pages that show both outside a transaction.
	 */
	@Query("select a from Author a left join fetch a.photo where a.slug = :slug")
	Optional<Author> findWithPhotoBySlug(String slug);

	/** The author with photo loaded, for the admin's form. */
	@Query("select a from Author a left join fetch a.photo where a.id = :id")
	Optional<Author> findForEditingById(long id);

	@Query("select a from Author a left join fetch a.photo order by a.name, a.id")
	List<Author> findAllForListing();

	/** The user accounts that authors other than the given one are linked to. */
	@Query("select a.userId from Author a where a.userId is not null and a.id <> :authorId")
	List<Long> findUserIdsLinkedBesides(long authorId);

}
