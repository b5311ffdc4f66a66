package org.dastan.admin.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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
 * Loads staff accounts for login, with their roles, whether they are disabled or locked,
 * and whether they must give a second factor (or enrol one).
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	private final TwoFactorProperties twoFactor;

	StaffUserDetailsService(UserAccountRepository users, Clock clock, TwoFactorProperties twoFactor) {
		this.users = users;
		this.clock = clock;
		this.twoFactor = twoFactor;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		List<GrantedAuthority> authorities = new ArrayList<>(
				AuthorityUtils.createAuthorityList(account.getRoles().stream().map((role) -> "ROLE_" + role).toList()));
		if (account.hasTwoFactor()) {
			authorities.add(new SimpleGrantedAuthority(SecondFactor.ENROLLED));
		}
		else if (this.twoFactor.requireTwoFactorForAdmins() && account.getRoles().contains(Role.ADMIN)) {
			authorities.add(new SimpleGrantedAuthority(SecondFactor.ENROLMENT_REQUIRED));
		}
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(authorities)
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(this.clock.instant()))
			.build();
	}

}
