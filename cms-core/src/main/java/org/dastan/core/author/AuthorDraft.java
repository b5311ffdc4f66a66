package org.dastan.core.author;

/**
 * What an editor sets on an author.
 *
 * @param slug the author page's address; blank to make one from the name
 * @param photoId a stored image, or {@code null} for none
 * @param userId the user account the author logs in with, or {@code null} for none
 */
public record AuthorDraft(String name, String slug, String jobTitle, String bio, Long photoId, Long userId) {

}
