package org.dastan.core.media;

import java.util.List;

/**
 * Thrown when an image cannot be deleted because pages show it, naming the articles and
 * authors that do so that an editor can replace it there first.
 */
public class MediaInUseException extends RuntimeException {

	private final List<String> articles;

	private final List<String> authors;

	public MediaInUseException(List<String> articles, List<String> authors) {
		super("Image in use by " + articles.size() + " articles and " + authors.size() + " authors");
		this.articles = List.copyOf(articles);
		this.authors = List.copyOf(authors);
	}

	/** Titles of the articles that feature the image or show it in their text. */
	public List<String> articles() {
		return this.articles;
	}

	/** Names of the authors whose photo it is. */
	public List<String> authors() {
		return this.authors;
	}

}
