package org.dastan.core.author;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.author.model.Author;

/**
 * Authors as readers and the article editor see them: an author's page, and whom a new
 * byline may name.
 */
@Service
@Transactional(readOnly = true)
public class Authors {

	private final AuthorRepository authors;

	Authors(AuthorRepository authors) {
		this.authors = authors;
	}

	/** The author whose page is at the slug, with their photo. */
	public Optional<AuthorPage> bySlug(String slug) {
		Optional<AuthorPage> page = this.authors.findWithPhotoBySlug(slug)
			.map((author) -> new AuthorPage(author.getId(), AuthorCard.of(author)));
		page.ifPresent((found) -> ContentKeys.touch(ContentKey.author(found.id())));
		return page;
	}

	/**
	 * The active authors by name: inactive ones keep their bylines but get no new ones.
	 */
	public List<BylineChoice> bylineChoices() {
		return this.authors.findAll(Sort.by("name"))
			.stream()
			.filter(Author::isActive)
			.map((author) -> new BylineChoice(author.getId(), author.getName()))
			.toList();
	}

}
