package org.dastan.core.author;

import org.dastan.core.author.model.Author;
import org.dastan.core.media.ImageRef;

/**
 * An author as the author box shows them.
 */
public record AuthorCard(String slug, String name, String jobTitle, String bio, ImageRef photo) {

	public static AuthorCard of(Author author) {
		return new AuthorCard(author.getSlug(), author.getName(), author.getJobTitle(), author.getBio(),
				ImageRef.of(author.getPhoto()));
	}

}
