package org.dastan.core.user;

import java.util.Set;

/**
 * A new account: what an admin sets, never a password (the account gets a one-time
 * password, or the first admin's given one).
 *
 * @param email an address, or blank for none
 */
public record CreateAccount(String username, String displayName, String email, Set<Role> roles) {

}
