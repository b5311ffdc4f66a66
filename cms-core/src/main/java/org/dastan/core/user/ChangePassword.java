package org.dastan.core.user;

/**
 * A user changing their own password: the current one proves it is them.
 */
public record ChangePassword(String username, String currentPassword, String newPassword) {

}
