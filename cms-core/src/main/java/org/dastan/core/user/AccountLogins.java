package org.dastan.core.user;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

/**
 * Logins as the accounts see them: what a login is checked against, and the count of
 * failed logins that locks an account for {@link #LOCK_DURATION} at the fifth failure
 * within fifteen minutes. How a login arrives (form, second factor) is the admin's part.
 */
@Service
public class AccountLogins {

	public static final Duration LOCK_DURATION = UserAccount.LOCK_DURATION;

	private final UserAccountRepository users;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AccountLogins(UserAccountRepository users, Clock clock, PlatformTransactionManager transactionManager) {
		this.users = users;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Transactional(readOnly = true)
	public Optional<LoginAccount> find(String username) {
		return this.users.findByUsername(username).map((account) -> LoginAccount.of(account, this.clock.instant()));
	}

	/**
	 * Counts a failed login against the account, if there is one; failures while locked
	 * neither count nor extend the lock.
	 * @return whether this failure locked the account
	 */
	public boolean recordFailure(String username) {
		return update(username, (account) -> account.recordFailedLogin(this.clock.instant()));
	}

	/** Forgets earlier failures once the user has fully logged in. */
	public void recordSuccess(String username) {
		update(username, (account) -> {
			account.recordSuccessfulLogin();
			return false;
		});
	}

	/**
	 * Changes the account, if there is one, with its row locked until the transaction
	 * ends, so that logins failing at the same time count one after the other; tried
	 * again when another change (an admin's edit) came first. Joins the caller's
	 * transaction, or runs in one of its own.
	 */
	private boolean update(String username, Predicate<UserAccount> change) {
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

}
