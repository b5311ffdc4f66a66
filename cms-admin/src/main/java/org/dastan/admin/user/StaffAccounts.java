package org.dastan.admin.user;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.author.AuthorAccounts;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.user.OneTimePasswords;
import org.dastan.core.user.PasswordPolicy;
import org.dastan.core.user.Role;
import org.dastan.core.user.UserAccount;
import org.dastan.core.user.UserAccountRepository;
import org.dastan.web.error.NotFoundException;

/**
 * The rules for keeping staff accounts: unique usernames, one-time passwords the user
 * must replace, the password policy, and always one enabled admin left. Whenever what an
 * account may do changes (roles, enabled, password, deleted) its sessions end at once, in
 * the database that every node reads them from.
 */
@Service
@Transactional
class StaffAccounts {

	private final UserAccountRepository users;

	private final AuthorAccounts authors;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final UserSessions sessions;

	private final Clock clock;

	StaffAccounts(UserAccountRepository users, AuthorAccounts authors, PasswordEncoder encoder, PasswordPolicy policy,
			UserSessions sessions, Clock clock) {
		this.users = users;
		this.authors = authors;
		this.encoder = encoder;
		this.policy = policy;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<UserSummary> search(String text, Pageable pageable) {
		String query = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		return this.users.search(query, pageable).map((account) -> UserSummary.of(account, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> find(long id) {
		return this.users.findById(id).map((account) -> UserSummary.of(account, this.clock.instant()));
	}

	/** The byline linked to the account, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> authorOf(long id) {
		return this.authors.authorOf(id);
	}

	/** Bylines the account can be linked to: those linked to no other account. */
	@Transactional(readOnly = true)
	public List<AuthorChoice> authorChoices(Long userId) {
		return this.authors.choicesFor(userId)
			.stream()
			.map((choice) -> new AuthorChoice(choice.id(), choice.name()))
			.toList();
	}

	/** Creates the account with a one-time password, returned this once. */
	public IssuedPassword create(UserDraft draft) {
		String username = draft.username().strip();
		if (this.users.existsByUsername(username)) {
			throw new RejectedEditException("username", "rule.user.username-taken", username);
		}
		String password = newPassword(username);
		String hash = this.encoder.encode(password);
		UserAccount account = new UserAccount(username, draft.displayName().strip(), hash, draft.roles());
		account.setOneTimePassword(hash);
		account.setEmail(email(draft, null));
		this.users.save(account);
		this.authors.link(account.getId(), draft.authorId());
		return new IssuedPassword(account.getId(), username, password);
	}

	/**
	 * Saves name, email, roles and byline if nobody saved the account since the version.
	 * When the roles change, the account's sessions but the one given end, so that a
	 * demoted user does not keep the old rights until they log out.
	 */
	public void update(long id, long version, UserDraft draft, String keepSessionId) {
		UserAccount account = get(id);
		if (account.getVersion() != version) {
			throw new StaleEditException(account.getVersion());
		}
		if (!draft.roles().contains(Role.ADMIN)) {
			keepAnAdminBesides(account, "roles");
		}
		account.setDisplayName(draft.displayName().strip());
		account.setEmail(email(draft, account));
		boolean rolesChanged = !account.getRoles().equals(draft.roles());
		account.setRoles(draft.roles());
		this.authors.link(account.getId(), draft.authorId());
		if (rolesChanged) {
			this.sessions.endOthers(account.getUsername(), keepSessionId);
		}
	}

	/**
	 * Disables the account and ends its sessions: its next request meets the login page.
	 */
	public void disable(long id) {
		UserAccount account = get(id);
		keepAnAdminBesides(account, null);
		account.disable();
		this.sessions.endAll(account.getUsername());
	}

	public void enable(long id) {
		UserAccount account = get(id);
		account.enable();
		this.sessions.endAll(account.getUsername());
	}

	public void unlock(long id) {
		get(id).unlock();
	}

	/** Gives the account a new one-time password and ends its sessions. */
	public IssuedPassword resetPassword(long id) {
		UserAccount account = get(id);
		String password = newPassword(account.getUsername());
		account.setOneTimePassword(this.encoder.encode(password));
		this.sessions.endAll(account.getUsername());
		return new IssuedPassword(id, account.getUsername(), password);
	}

	/**
	 * Deletes the account. Its bylines and articles stay, the byline no longer linked;
	 * revisions keep the username that saved them.
	 */
	public String delete(long id) {
		UserAccount account = get(id);
		keepAnAdminBesides(account, null);
		this.authors.link(id, null);
		this.users.delete(account);
		this.sessions.endAll(account.getUsername());
		return account.getUsername();
	}

	/**
	 * Changes the user's own password after checking the current one; the user's other
	 * sessions end.
	 */
	public void changeOwnPassword(String username, String current, String chosen, String keepSessionId) {
		UserAccount account = this.users.findByUsername(username).orElseThrow(() -> new NotFoundException("User"));
		if (current == null || !this.encoder.matches(current, account.getPasswordHash())) {
			throw new RejectedEditException("currentPassword", "rule.password.current-wrong");
		}
		if (this.encoder.matches(chosen, account.getPasswordHash())) {
			throw new RejectedEditException("newPassword", "rule.password.unchanged");
		}
		this.policy.check(username, chosen, "newPassword");
		account.changePassword(this.encoder.encode(chosen));
		this.sessions.endOthers(username, keepSessionId);
	}

	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return this.users.findByUsername(username).map(UserAccount::isMustChangePassword).orElse(false);
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

	private String email(UserDraft draft, UserAccount self) {
		String email = (draft.email() != null) ? draft.email().strip() : "";
		if (email.isEmpty()) {
			return null;
		}
		boolean unchanged = self != null && email.equalsIgnoreCase(self.getEmail());
		if (!unchanged && this.users.existsByEmailIgnoreCase(email)) {
			throw new RejectedEditException("email", "rule.user.email-taken", email);
		}
		return email;
	}

	private UserAccount get(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User"));
	}

}
