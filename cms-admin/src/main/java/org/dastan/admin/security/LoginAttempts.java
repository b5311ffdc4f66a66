package org.dastan.admin.security;

import java.time.Clock;
import java.util.function.Predicate;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.admin.security.StaffAuthenticationProvider.AddressThrottledException;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.user.UserAccount;
import org.dastan.core.user.UserAccountRepository;

/**
 * Counts failed logins against the account and the address, locks accounts that fail too
 * often, and writes every sign-in, failure, lockout and sign-out to the audit log.
 */
@Component
class LoginAttempts {

	static final String LOGIN = "login";

	private final UserAccountRepository users;

	private final AddressThrottle throttle;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	LoginAttempts(UserAccountRepository users, AddressThrottle throttle, AuditLog audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.users = users;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
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
				&& updateAccount(typed, (account) -> account.recordFailedLogin(this.clock.instant()));
		this.audit.record(AuditKind.SIGN_IN_FAILED, typed, address, LOGIN, null,
				event.getException().getClass().getSimpleName());
		if (locked) {
			this.audit.record(AuditKind.LOCKOUT, typed, address, LOGIN, null,
					"locked for " + UserAccount.LOCK_DURATION.toMinutes() + " minutes");
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
			updateAccount(login.getName(), (account) -> {
				account.recordSuccessfulLogin();
				return false;
			});
		}
		this.audit.record(AuditKind.SIGN_IN, login.getName(), ClientAddress.current(), LOGIN, null,
				codeRequired ? "password accepted, code required" : "signed in");
	}

	/**
	 * Changes the account, if there is one, in a transaction of its own with its row
	 * locked, trying again when another change (an admin's edit) came first.
	 */
	private boolean updateAccount(String username, Predicate<UserAccount> change) {
		for (int attempt = 1;; attempt++) {
			try {
				return Boolean.TRUE.equals(this.transactions
					.execute((status) -> this.users.lockByUsername(username).map(change::test).orElse(false)));
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		this.audit.record(AuditKind.SIGN_OUT, event.getAuthentication().getName(), ClientAddress.current(), "logout",
				null, "signed out");
	}

}
