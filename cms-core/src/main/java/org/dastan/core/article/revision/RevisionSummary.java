package org.dastan.core.article.revision;

import java.time.Instant;

import org.dastan.core.article.ArticleStatus;

/**
 * One line of an article's history: who saved it, when, what kind of change it was and
 * what the article was called then.
 *
 * @param number the Envers revision number
 * @param savedAt when the revision was saved
 * @param username who saved it, or {@code null} for saves no user made (demo seed, jobs)
 * @param kind what the save did
 * @param title the article's title in this revision
 * @param status the article's status in this revision
 * @param version the article's {@code @Version} after this save, or {@code null} for
 * revisions recorded before versions were audited
 * @param restoredFrom the revision this one restored, or {@code null}
 */
public record RevisionSummary(int number, Instant savedAt, String username, RevisionKind kind, String title,
		ArticleStatus status, Long version, Integer restoredFrom) {

}
