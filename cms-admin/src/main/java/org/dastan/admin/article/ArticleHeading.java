package org.dastan.admin.article;

import java.time.Instant;

/**
 * What the editor page shows of an article it could not read from the database: enough,
 * taken from the form, to send the editor's text back to the same article.
 */
record ArticleHeading(long id, String title, Instant publishedAt, Long version) {

}
