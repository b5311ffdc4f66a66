package org.dastan.admin.twofactor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.admin.user.UserSessions;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.user.UserAccount;
import org.dastan.core.user.UserAccountRepository;
import org.dastan.web.error.NotFoundException;

/**
 * Enrols users in two-factor login, checks their codes and turns it off. A wrong code
 * counts as a failed login, so the account locks after five, as for passwords. Turning it
 * on or off ends the user's other sessions, as a password change does.
 */
@Service
class TwoFactorService {

	enum Check {

		ACCEPTED, REFUSED, LOCKED

	}

	private static final String ACTION = "two-factor";

	private final UserAccountRepository users;

	private final AuditLog audit;

	private final UserSessions sessions;

	private final Clock clock;

	TwoFactorService(UserAccountRepository users, AuditLog audit, UserSessions sessions, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Integer> remainingRecoveryCodes(String username) {
		UserAccount account = account(username);
		return account.hasTwoFactor() ? Optional.of(account.getRemainingRecoveryCodes()) : Optional.empty();
	}

	/**
	 * Turns two-factor login on when the code fits the secret the user was shown.
	 * @return the recovery codes, to be shown this once; empty for a wrong code
	 */
	@Transactional
	public Optional<List<String>> confirm(String username, String secret, String code, String address,
			String keepSessionId) {
		UserAccount account = account(username);
		OptionalLong step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty() || account.hasTwoFactor()) {
			return Optional.empty();
		}
		List<String> codes = RecoveryCodes.generate();
		account.enableTwoFactor(secret, step.getAsLong(), codes.stream().map(RecoveryCodes::hash).toList());
		this.audit.record(AuditKind.TWO_FACTOR, username, address, ACTION + ".enable", null, "enabled");
		this.sessions.endOthers(username, keepSessionId);
		return Optional.of(codes);
	}

	/**
	 * Checks the code that completes a login: from the app, or an unused recovery code.
	 */
	@Transactional
	public Check checkLoginCode(String username, String code, String address) {
		UserAccount account = account(username);
		Instant now = this.clock.instant();
		if (account.isLockedAt(now)) {
			return Check.LOCKED;
		}
		Optional<String> accepted = accept(account, code, now);
		if (accepted.isPresent()) {
			account.recordSuccessfulLogin();
			this.audit.record(AuditKind.SIGN_IN, username, address, ACTION + ".code", null, accepted.get());
			return Check.ACCEPTED;
		}
		boolean locked = account.recordFailedLogin(now);
		this.audit.record(AuditKind.SIGN_IN_FAILED, username, address, ACTION + ".code", null, "wrong code");
		if (locked) {
			this.audit.record(AuditKind.LOCKOUT, username, address, ACTION + ".code", null,
					"locked for " + UserAccount.LOCK_DURATION.toMinutes() + " minutes");
			return Check.LOCKED;
		}
		return Check.REFUSED;
	}

	/** Turns two-factor login off when the code is right. */
	@Transactional
	public boolean disable(String username, String code, String address, String keepSessionId) {
		UserAccount account = account(username);
		if (!account.hasTwoFactor() || accept(account, code, this.clock.instant()).isEmpty()) {
			return false;
		}
		account.disableTwoFactor();
		this.audit.record(AuditKind.TWO_FACTOR, username, address, ACTION + ".disable", null, "disabled");
		this.sessions.endOthers(username, keepSessionId);
		return true;
	}

	private Optional<String> accept(UserAccount account, String code, Instant now) {
		if (!account.hasTwoFactor() || code == null) {
			return Optional.empty();
		}
		OptionalLong step = Totp.matchingStep(account.getTotpSecret(), code, now);
		if (step.isPresent()) {
			return account.acceptCodeOfStep(step.getAsLong()) ? Optional.of("code accepted") : Optional.empty();
		}
		return account.useRecoveryCode(RecoveryCodes.hash(code)) ? Optional.of("recovery code used") : Optional.empty();
	}

	private UserAccount account(String username) {
		return this.users.findByUsername(username).orElseThrow(() -> new NotFoundException("User"));
	}

}
