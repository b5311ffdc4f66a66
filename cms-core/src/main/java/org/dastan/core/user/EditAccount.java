package org.dastan.core.user;

import java.util.Set;

/**
 * What an admin changes on an account: never its username, password or enabled flag.
 *
 * @param openedVersion the version the admin opened, to refuse a save over someone else's
 * @param email an address, or blank for none
 */
public record EditAccount(long id, long openedVersion, String displayName, String email, Set<Role> roles) {

}
