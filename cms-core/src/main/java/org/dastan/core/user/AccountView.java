package org.dastan.core.user;

import java.time.Instant;
import java.util.Set;

import org.dastan.core.user.internal.UserAccount;

/**
 * An account as the admin lists and edits it; never its password hash or two-factor
 * secret.
 *
 * @param locked whether failed logins keep it locked at the time it was read
 * @param mustChangePassword whether it still has a one-time password to replace
 * @param version what an admin opened, to refuse a save over someone else's
 */
public record AccountView(long id, String username, String displayName, String email, Set<Role> roles, boolean enabled,
		boolean locked, boolean mustChangePassword, long version) {

	static AccountView of(UserAccount account, Instant now) {
		return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getRoles(), account.isEnabled(), account.isLockedAt(now), account.isMustChangePassword(),
				account.getVersion());
	}

}
