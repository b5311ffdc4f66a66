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
import org.dastan.core.user.AccountLogins;
import org.dastan.core.user.EnableTwoFactor;
import org.dastan.core.user.LoginAccount;
import org.dastan.core.user.TwoFactorSecrets;
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

	private final TwoFactorSecrets secrets;

	private final AccountLogins logins;

	private final AuditLog audit;

	private final UserSessions sessions;

	private final Clock clock;

	TwoFactorService(TwoFactorSecrets secrets, AccountLogins logins, AuditLog audit, UserSessions sessions,
			Clock clock) {
		this.secrets = secrets;
		this.logins = logins;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	public Optional<Integer> remainingRecoveryCodes(String username) {
		return this.secrets.remainingRecoveryCodes(username);
	}

	/**
	 * Turns two-factor login on when the code fits the secret the user was shown.
	 * @return the recovery codes, to be shown this once; empty for a wrong code
	 */
	@Transactional
	public Optional<List<String>> confirm(String username, String secret, String code, String address,
			String keepSessionId) {
		OptionalLong step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		List<String> codes = RecoveryCodes.generate();
		if (!this.secrets.enable(new EnableTwoFactor(username, secret, step.getAsLong(),
				codes.stream().map(RecoveryCodes::hash).toList()))) {
			return Optional.empty();
		}
		this.audit.record(AuditKind.TWO_FACTOR, username, address, ACTION + ".enable", null, "enabled");
		this.sessions.endOthers(username, keepSessionId);
		return Optional.of(codes);
	}

	/**
	 * Checks the code that completes a login: from the app, or an unused recovery code.
	 */
	@Transactional
	public Check checkLoginCode(String username, String code, String address) {
		LoginAccount account = this.logins.find(username).orElseThrow(() -> new NotFoundException("User"));
		if (account.locked()) {
			return Check.LOCKED;
		}
		Optional<String> accepted = accept(username, code, this.clock.instant());
		if (accepted.isPresent()) {
			this.logins.recordSuccess(username);
			this.audit.record(AuditKind.SIGN_IN, username, address, ACTION + ".code", null, accepted.get());
			return Check.ACCEPTED;
		}
		boolean locked = this.logins.recordFailure(username);
		this.audit.record(AuditKind.SIGN_IN_FAILED, username, address, ACTION + ".code", null, "wrong code");
		if (locked) {
			this.audit.record(AuditKind.LOCKOUT, username, address, ACTION + ".code", null,
					"locked for " + AccountLogins.LOCK_DURATION.toMinutes() + " minutes");
			return Check.LOCKED;
		}
		return Check.REFUSED;
	}

	/** Turns two-factor login off when the code is right. */
	@Transactional
	public boolean disable(String username, String code, String address, String keepSessionId) {
		if (accept(username, code, this.clock.instant()).isEmpty()) {
			return false;
		}
		this.secrets.disable(username);
		this.audit.record(AuditKind.TWO_FACTOR, username, address, ACTION + ".disable", null, "disabled");
		this.sessions.endOthers(username, keepSessionId);
		return true;
	}

	private Optional<String> accept(String username, String code, Instant now) {
		Optional<String> secret = this.secrets.secret(username);
		if (secret.isEmpty() || code == null) {
			return Optional.empty();
		}
		OptionalLong step = Totp.matchingStep(secret.get(), code, now);
		if (step.isPresent()) {
			return this.secrets.acceptCodeOfStep(username, step.getAsLong()) ? Optional.of("code accepted")
					: Optional.empty();
		}
		return this.secrets.useRecoveryCode(username, RecoveryCodes.hash(code)) ? Optional.of("recovery code used")
				: Optional.empty();
	}

}
