package org.dastan.core.author;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.author.model.Author;

/**
 * The author entities that an article's byline holds, for the core features whose
 * entities map {@link Author}; the web and the admin use {@link Authors} instead.
 */
@Service
@Transactional(readOnly = true)
public class Bylines {

	private final AuthorRepository authors;

	Bylines(AuthorRepository authors) {
		this.authors = authors;
	}

	public Optional<Author> find(long id) {
		return this.authors.findById(id);
	}

	/** The author that the user account writes as, if any. */
	public Optional<Author> ofAccount(long userId) {
		return this.authors.findByUserId(userId);
	}

}
