package org.dastan.core.author.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.dastan.core.author.model.Author;
import org.dastan.core.user.UserAccount;

/**
 * The authors' table; public for the module's API and for tests that set data up.
 */
public interface AuthorRepository extends JpaRepository<Author, Long> {

	Optional<Author> findBySlug(String slug);

	/** The byline linked to a user account, if any. */
	Optional<Author> findByUserUsername(String username);

	/**
	 * The author with their photo loaded, for pages that show both outside a transaction.
	 */
	@Query("select a from Author a left join fetch a.photo where a.slug = :slug")
	Optional<Author> findWithPhotoBySlug(String slug);

	/** The author with photo and user account loaded, for the admin's form. */
	@Query("select a from Author a left join fetch a.photo left join fetch a.user where a.id = :id")
	Optional<Author> findForEditingById(long id);

	@Query("select a from Author a left join fetch a.photo left join fetch a.user order by a.name, a.id")
	List<Author> findAllForListing();

	Optional<Author> findByUser(UserAccount user);

	Optional<Author> findByUserId(long userId);

	/** User accounts that no author but the given one is linked to, by username. */
	@Query("""
			select u from UserAccount u where not exists
				(select a from Author a where a.user = u and a.id <> :authorId) order by u.username""")
	List<UserAccount> findAccountsFreeFor(long authorId);

}
