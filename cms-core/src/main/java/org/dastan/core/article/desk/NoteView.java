package org.dastan.core.article.desk;

import java.time.Instant;

/**
 * A staff note as the article page lists it.
 *
 * @param sentBack whether an editor sent the article back to its author with this note
 */
public record NoteView(String author, String body, boolean sentBack, Instant createdAt) {

}
