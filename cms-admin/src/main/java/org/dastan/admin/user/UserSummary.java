package org.dastan.admin.user;

import java.time.Instant;
import java.util.Set;

import org.dastan.core.user.Role;
import org.dastan.core.user.UserAccount;

/**
 * An account as the user list and the edit page show it.
 */
record UserSummary(long id, String username, String displayName, String email, Set<Role> roles, boolean enabled,
		boolean locked, boolean mustChangePassword, long version) {

	static UserSummary of(UserAccount account, Instant now) {
		return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getRoles(), account.isEnabled(), account.isLockedAt(now), account.isMustChangePassword(),
				account.getVersion());
	}

}
