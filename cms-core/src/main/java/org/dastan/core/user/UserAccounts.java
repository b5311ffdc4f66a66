package org.dastan.core.user;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

/**
 * The rules for keeping staff accounts: unique usernames and emails, one-time passwords
 * the user must replace, the password policy, and always one enabled admin left. Ending
 * the sessions of an account whose rights changed is the caller's part: sessions are the
 * web's.
 */
@Service
@Transactional
public class UserAccounts {

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final Clock clock;

	UserAccounts(UserAccountRepository users, PasswordEncoder encoder, PasswordPolicy policy, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.clock = clock;
	}

	/** Accounts whose username, display name or email contains the text. */
	@Transactional(readOnly = true)
	public Page<AccountView> search(String text, Pageable pageable) {
		String query = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		return this.users.search(query, pageable).map(this::view);
	}

	/** Every account by username; a newsroom has dozens, not thousands. */
	@Transactional(readOnly = true)
	public List<AccountView> list() {
		return this.users.findAll(Sort.by("username")).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return this.users.findById(id).map(this::view);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(String username) {
		return this.users.findByUsername(username).map(this::view);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.users.count();
	}

	/** Creates the account with a one-time password, returned this once. */
	public IssuedPassword create(CreateAccount command) {
		String password = newPassword(command.username().strip());
		UserAccount account = add(command, this.encoder.encode(password));
		account.setOneTimePassword(account.getPasswordHash());
		return new IssuedPassword(account.getId(), account.getUsername(), password);
	}

	/**
	 * Creates the account with a password that someone chose and keeps, such as the first
	 * admin's. A username taken meanwhile fails on the unique key when it is flushed.
	 */
	public long createWithPassword(CreateAccount command, String password) {
		this.policy.check(command.username().strip(), password, null);
		UserAccount account = add(command, this.encoder.encode(password));
		this.users.flush();
		return account.getId();
	}

	/**
	 * Saves name, email and roles if nobody saved the account since the admin opened it.
	 */
	public void edit(EditAccount command) {
		UserAccount account = get(command.id());
		if (account.getVersion() != command.openedVersion()) {
			throw new StaleEditException(account.getVersion());
		}
		if (!command.roles().contains(Role.ADMIN)) {
			keepAnAdminBesides(account, "roles");
		}
		account.setDisplayName(command.displayName().strip());
		account.setEmail(email(command.email(), account));
		account.setRoles(command.roles());
	}

	/** Disables the account: its password no longer logs in. */
	public AccountView disable(long id) {
		UserAccount account = get(id);
		keepAnAdminBesides(account, null);
		account.disable();
		return view(account);
	}

	public AccountView enable(long id) {
		UserAccount account = get(id);
		account.enable();
		return view(account);
	}

	/** Lifts a lockout and forgets the failed logins behind it. */
	public void unlock(long id) {
		get(id).unlock();
	}

	/** Gives the account a new one-time password, returned this once. */
	public IssuedPassword resetPassword(long id) {
		UserAccount account = get(id);
		String password = newPassword(account.getUsername());
		account.setOneTimePassword(this.encoder.encode(password));
		return new IssuedPassword(id, account.getUsername(), password);
	}

	/**
	 * Deletes the account, unless it is the last enabled admin. A byline linked to it
	 * stays, unlinked; revisions keep the username that saved them.
	 * @return the deleted account's username
	 */
	public String delete(long id) {
		UserAccount account = get(id);
		keepAnAdminBesides(account, null);
		this.users.delete(account);
		return account.getUsername();
	}

	/** Changes the user's own password after checking the current one. */
	public void changePassword(ChangePassword command) {
		UserAccount account = this.users.findByUsername(command.username())
			.orElseThrow(() -> new EntityNotFoundException("No user " + command.username()));
		String current = command.currentPassword();
		if (current == null || !this.encoder.matches(current, account.getPasswordHash())) {
			throw new RejectedEditException("currentPassword", "rule.password.current-wrong");
		}
		if (this.encoder.matches(command.newPassword(), account.getPasswordHash())) {
			throw new RejectedEditException("newPassword", "rule.password.unchanged");
		}
		this.policy.check(account.getUsername(), command.newPassword(), "newPassword");
		account.changePassword(this.encoder.encode(command.newPassword()));
	}

	/** Whether the user still has a one-time password to replace before anything else. */
	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return this.users.findByUsername(username).map(UserAccount::isMustChangePassword).orElse(false);
	}

	private UserAccount add(CreateAccount command, String passwordHash) {
		String username = command.username().strip();
		if (this.users.existsByUsername(username)) {
			throw new RejectedEditException("username", "rule.user.username-taken", username);
		}
		UserAccount account = new UserAccount(username, command.displayName().strip(), passwordHash, command.roles());
		account.setEmail(email(command.email(), null));
		return this.users.save(account);
	}

	// Taking an enabled admin away (disable, demote, delete) must leave another one.
	private void keepAnAdminBesides(UserAccount account, String field) {
		if (account.isAdmin() && account.isEnabled()
				&& this.users.lockEnabledAdmins().stream().allMatch((admin) -> admin.getId().equals(account.getId()))) {
			throw new RejectedEditException(field, "rule.user.last-admin");
		}
	}

	private String newPassword(String username) {
		String password = OneTimePasswords.generate();
		this.policy.check(username, password, null);
		return password;
	}

	private String email(String given, UserAccount self) {
		String email = (given != null) ? given.strip() : "";
		if (email.isEmpty()) {
			return null;
		}
		boolean unchanged = self != null && email.equalsIgnoreCase(self.getEmail());
		if (!unchanged && this.users.existsByEmailIgnoreCase(email)) {
			throw new RejectedEditException("email", "rule.user.email-taken", email);
		}
		return email;
	}

	private AccountView view(UserAccount account) {
		return AccountView.of(account, this.clock.instant());
	}

	private UserAccount get(long id) {
		return this.users.findById(id).orElseThrow(() -> new EntityNotFoundException("No user " + id));
	}

}
