package org.dastan.core.user;

import java.time.Instant;
import java.util.Set;

import org.dastan.core.user.internal.UserAccount;

/**
 * What a login is checked against: the password hash, what the account may do and whether
 * it may log in now.
 *
 * @param locked whether failed logins keep it locked at the time it was read
 * @param twoFactor whether a code from an authenticator app must follow the password
 */
public record LoginAccount(String username, String passwordHash, Set<Role> roles, boolean enabled, boolean locked,
		boolean twoFactor) {

	static LoginAccount of(UserAccount account, Instant now) {
		return new LoginAccount(account.getUsername(), account.getPasswordHash(), account.getRoles(),
				account.isEnabled(), account.isLockedAt(now), account.hasTwoFactor());
	}

}
