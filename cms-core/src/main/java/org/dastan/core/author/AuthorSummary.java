package org.dastan.core.author;

import org.dastan.core.author.model.Author;

/**
 * An author as the admin lists them: with their photo's file, the login they are linked
 * to, and how many articles carry their byline.
 *
 * @param photoFile the stored photo's file name, or {@code null}
 * @param username the linked user account's, or {@code null}
 */
public record AuthorSummary(long id, String slug, String name, String jobTitle, String photoFile, String username,
		boolean active, long articles) {

	static AuthorSummary of(Author author, String username, long articles) {
		return new AuthorSummary(author.getId(), author.getSlug(), author.getName(), author.getJobTitle(),
				(author.getPhoto() != null) ? author.getPhoto().getFileName() : null, username, author.isActive(),
				articles);
	}

}
