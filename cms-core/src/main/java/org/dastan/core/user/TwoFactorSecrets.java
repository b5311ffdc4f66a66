package org.dastan.core.user;

import java.util.Optional;

import jakarta.persistence.EntityNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

/**
 * The accounts' side of two-factor login: the authenticator app's secret, the last time
 * step whose code was accepted (so that no code works twice) and the hashes of unused
 * recovery codes. Making and checking codes is the admin's part.
 */
@Service
@Transactional
public class TwoFactorSecrets {

	private final UserAccountRepository users;

	TwoFactorSecrets(UserAccountRepository users) {
		this.users = users;
	}

	/** How many recovery codes the user has left; empty without two-factor login. */
	@Transactional(readOnly = true)
	public Optional<Integer> remainingRecoveryCodes(String username) {
		UserAccount account = get(username);
		return account.hasTwoFactor() ? Optional.of(account.getRemainingRecoveryCodes()) : Optional.empty();
	}

	/**
	 * The Base32 secret of the user's authenticator app; empty without two-factor login.
	 */
	@Transactional(readOnly = true)
	public Optional<String> secret(String username) {
		return Optional.ofNullable(get(username).getTotpSecret());
	}

	/**
	 * Turns two-factor login on, unless it is on already.
	 * @return whether it was turned on
	 */
	public boolean enable(EnableTwoFactor command) {
		UserAccount account = get(command.username());
		if (account.hasTwoFactor()) {
			return false;
		}
		account.enableTwoFactor(command.secret(), command.usedStep(), command.recoveryCodeHashes());
		return true;
	}

	public void disable(String username) {
		get(username).disableTwoFactor();
	}

	/**
	 * Accepts the code of a time step at most once: a step no later than the last
	 * accepted one is refused, so an overheard code cannot be replayed.
	 */
	public boolean acceptCodeOfStep(String username, long step) {
		return get(username).acceptCodeOfStep(step);
	}

	/**
	 * Uses up the recovery code with this hash; false when there is no such unused code.
	 */
	public boolean useRecoveryCode(String username, String codeHash) {
		return get(username).useRecoveryCode(codeHash);
	}

	private UserAccount get(String username) {
		return this.users.findByUsername(username)
			.orElseThrow(() -> new EntityNotFoundException("No user " + username));
	}

}
