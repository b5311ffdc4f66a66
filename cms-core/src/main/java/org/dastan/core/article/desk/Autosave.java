package org.dastan.core.article.desk;

import java.time.Instant;

/**
 * An editor's unsaved form, offered back when they reopen the article.
 *
 * @param fields the form's fields as typed, the body already sanitized
 */
public record Autosave(ArticleDraft fields, Instant savedAt) {

}
