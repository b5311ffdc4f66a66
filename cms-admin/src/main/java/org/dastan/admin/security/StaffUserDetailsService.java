package org.dastan.admin.security;

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

import org.dastan.core.user.AccountLogins;
import org.dastan.core.user.LoginAccount;
import org.dastan.core.user.Role;

/**
 * Loads staff accounts for login, with their roles, whether they are disabled or locked,
 * and whether they must give a second factor (or enrol one).
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final AccountLogins logins;

	private final TwoFactorProperties twoFactor;

	StaffUserDetailsService(AccountLogins logins, TwoFactorProperties twoFactor) {
		this.logins = logins;
		this.twoFactor = twoFactor;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		LoginAccount account = this.logins.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		List<GrantedAuthority> authorities = new ArrayList<>(
				AuthorityUtils.createAuthorityList(account.roles().stream().map((role) -> "ROLE_" + role).toList()));
		if (account.twoFactor()) {
			authorities.add(new SimpleGrantedAuthority(SecondFactor.ENROLLED));
		}
		else if (this.twoFactor.requireTwoFactorForAdmins() && account.roles().contains(Role.ADMIN)) {
			authorities.add(new SimpleGrantedAuthority(SecondFactor.ENROLMENT_REQUIRED));
		}
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(authorities)
			.disabled(!account.enabled())
			.accountLocked(account.locked())
			.build();
	}

}
