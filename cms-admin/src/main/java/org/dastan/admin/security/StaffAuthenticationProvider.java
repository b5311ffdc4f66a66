package org.dastan.admin.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;

/**
 * Checks staff passwords so that every failure looks alike: a refused address is turned
 * away first; otherwise the password is always hashed (for an unknown username too,
 * against a dummy hash, which {@link DaoAuthenticationProvider} does itself) before a
 * locked or disabled account is refused, so the time taken does not tell them apart.
 */
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

	private final AddressThrottle throttle;

	private final AuditLog audit;

	StaffAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, AddressThrottle throttle,
			AuditLog audit) {
		super(users);
		setPasswordEncoder(encoder);
		setPreAuthenticationChecks((user) -> {
		});
		setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : ClientAddress.current();
		if (this.throttle.isRefused(address)) {
			this.audit.record(AuditKind.ADDRESS_THROTTLED, authentication.getName(), address, LoginAttempts.LOGIN, null,
					"refused");
			throw new AddressThrottledException();
		}
		return super.authenticate(authentication);
	}

	/**
	 * A login refused because its address failed too often; the user sees the usual
	 * answer.
	 */
	static final class AddressThrottledException extends LockedException {

		AddressThrottledException() {
			super("Too many failed logins from this address");
		}

	}

}
