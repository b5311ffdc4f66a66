package org.dastan.core.redirect;

/**
 * A redirect as typed in the admin or read from a CSV line, before it is checked.
 *
 * @param from the old path, such as {@code /?p=123} or {@code /index.php/news/123-slug}
 * @param to a path on this site or an absolute http(s) address
 * @param status 301 (moved for good) or 302 (for now)
 */
public record RedirectDraft(String from, String to, int status) {

}
