package org.dastan.admin.user;

import java.util.Set;

import org.dastan.core.user.CreateAccount;
import org.dastan.core.user.EditAccount;
import org.dastan.core.user.Role;

/**
 * What an admin sets on an account: never its id, password or enabled flag.
 *
 * @param authorId the byline to link the account to, or {@code null} for none
 */
record UserDraft(String username, String displayName, String email, Set<Role> roles, Long authorId) {

	CreateAccount toCreate() {
		return new CreateAccount(this.username, this.displayName, this.email, this.roles);
	}

	EditAccount toEdit(long id, long openedVersion) {
		return new EditAccount(id, openedVersion, this.displayName, this.email, this.roles);
	}

}
