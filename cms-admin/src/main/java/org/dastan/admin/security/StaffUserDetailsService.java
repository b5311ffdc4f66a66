package org.dastan.admin.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.user.Role;
import org.dastan.core.user.UserAccount;
import org.dastan.core.user.UserAccountRepository;

/**
 * Loads staff accounts for login, with their roles, and whether they are disabled or
 * locked.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	StaffUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRoles().stream().map(Role::name).toArray(String[]::new))
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(this.clock.instant()))
			.build();
	}

}
