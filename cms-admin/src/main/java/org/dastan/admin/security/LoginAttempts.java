package org.dastan.admin.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import org.dastan.admin.security.StaffAuthenticationProvider.AddressThrottledException;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.user.AccountLogins;

/**
 * Counts failed logins against the account and the address, locks accounts that fail too
 * often, and writes every sign-in, failure, lockout and sign-out to the audit log.
 */
@Component
class LoginAttempts {

	static final String LOGIN = "login";

	private final AccountLogins logins;

	private final AddressThrottle throttle;

	private final AuditLog audit;

	LoginAttempts(AccountLogins logins, AddressThrottle throttle, AuditLog audit) {
		this.logins = logins;
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof AddressThrottledException) {
			return; // recorded where it is refused
		}
		String typed = event.getAuthentication().getName();
		String address = ClientAddress.current();
		this.throttle.recordFailure(address);
		boolean locked = (event instanceof AuthenticationFailureBadCredentialsEvent)
				&& this.logins.recordFailure(typed);
		this.audit.record(AuditKind.SIGN_IN_FAILED, typed, address, LOGIN, null,
				event.getException().getClass().getSimpleName());
		if (locked) {
			this.audit.record(AuditKind.LOCKOUT, typed, address, LOGIN, null,
					"locked for " + AccountLogins.LOCK_DURATION.toMinutes() + " minutes");
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login)) {
			return;
		}
		boolean codeRequired = SecondFactor.has(login, SecondFactor.ENROLLED);
		if (!codeRequired) {
			// With two-factor login, failures are forgotten only after the code, so that
			// logging in again does not give a code guesser fresh tries.
			this.logins.recordSuccess(login.getName());
		}
		this.audit.record(AuditKind.SIGN_IN, login.getName(), ClientAddress.current(), LOGIN, null,
				codeRequired ? "password accepted, code required" : "signed in");
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		this.audit.record(AuditKind.SIGN_OUT, event.getAuthentication().getName(), ClientAddress.current(), "logout",
				null, "signed out");
	}

}
