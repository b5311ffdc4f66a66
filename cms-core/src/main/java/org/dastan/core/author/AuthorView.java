package org.dastan.core.author;

import org.dastan.core.author.model.Author;

/**
 * An author as the admin's form edits them, with the version the edit starts from.
 *
 * @param photoId the stored photo's, or {@code null}
 * @param userId the linked user account's, or {@code null}
 */
public record AuthorView(long id, String name, String slug, String jobTitle, String bio, Long photoId, Long userId,
		long version) {

	static AuthorView of(Author author) {
		return new AuthorView(author.getId(), author.getName(), author.getSlug(), author.getJobTitle(), author.getBio(),
				(author.getPhoto() != null) ? author.getPhoto().getId() : null, author.getUserId(),
				author.getVersion());
	}

}
