package org.dastan.admin.user;

import java.util.Set;

import org.dastan.core.user.Role;

/**
 * What an admin sets on an account: never its id, password or enabled flag.
 *
 * @param authorId the byline to link the account to, or {@code null} for none
 */
record UserDraft(String username, String displayName, String email, Set<Role> roles, Long authorId) {

}
