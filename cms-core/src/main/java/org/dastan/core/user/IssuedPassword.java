package org.dastan.core.user;

/**
 * A one-time password, shown to the admin once and then never again: only its hash is
 * stored.
 */
public record IssuedPassword(long userId, String username, String password) {

}
