package org.dastan.core.redirect;

/**
 * A redirect as saved.
 *
 * @param via the old path it was typed to lead to, which already redirected on, so it now
 * leads where that one does; {@code null} when it was saved as typed
 */
public record SavedRedirect(RedirectEntry entry, String via) {

}
