package org.dastan.admin.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.author.AuthorAccounts;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.ChangePassword;
import org.dastan.core.user.IssuedPassword;
import org.dastan.core.user.UserAccounts;
import org.dastan.web.error.NotFoundException;

/**
 * The user pages' changes to staff accounts: the account rules are the user module's, the
 * byline link the author module's. Whenever what an account may do changes (roles,
 * enabled, password, deleted) its sessions end at once, in the database that every node
 * reads them from, in the same transaction as the change.
 */
@Service
@Transactional
class StaffAccounts {

	private final UserAccounts accounts;

	private final AuthorAccounts authors;

	private final UserSessions sessions;

	StaffAccounts(UserAccounts accounts, AuthorAccounts authors, UserSessions sessions) {
		this.accounts = accounts;
		this.authors = authors;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public Page<AccountView> search(String text, Pageable pageable) {
		return this.accounts.search(text, pageable);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return this.accounts.find(id);
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
		IssuedPassword issued = this.accounts.create(draft.toCreate());
		this.authors.link(issued.userId(), draft.authorId());
		return issued;
	}

	/**
	 * Saves name, email, roles and byline if nobody saved the account since the version.
	 * When the roles change, the account's sessions but the one given end, so that a
	 * demoted user does not keep the old rights until they log out.
	 */
	public void update(long id, long version, UserDraft draft, String keepSessionId) {
		AccountView stored = this.accounts.find(id).orElseThrow(() -> new NotFoundException("User"));
		this.accounts.edit(draft.toEdit(id, version));
		this.authors.link(id, draft.authorId());
		if (!stored.roles().equals(draft.roles())) {
			this.sessions.endOthers(stored.username(), keepSessionId);
		}
	}

	/**
	 * Disables the account and ends its sessions: its next request meets the login page.
	 */
	public void disable(long id) {
		this.sessions.endAll(this.accounts.disable(id).username());
	}

	public void enable(long id) {
		this.sessions.endAll(this.accounts.enable(id).username());
	}

	public void unlock(long id) {
		this.accounts.unlock(id);
	}

	/** Gives the account a new one-time password and ends its sessions. */
	public IssuedPassword resetPassword(long id) {
		IssuedPassword issued = this.accounts.resetPassword(id);
		this.sessions.endAll(issued.username());
		return issued;
	}

	/**
	 * Deletes the account and ends its sessions. Its byline and articles stay, the byline
	 * no longer linked.
	 */
	public String delete(long id) {
		this.authors.link(id, null);
		String username = this.accounts.delete(id);
		this.sessions.endAll(username);
		return username;
	}

	/**
	 * Changes the user's own password after checking the current one; the user's other
	 * sessions end.
	 */
	public void changeOwnPassword(String username, String current, String chosen, String keepSessionId) {
		this.accounts.changePassword(new ChangePassword(username, current, chosen));
		this.sessions.endOthers(username, keepSessionId);
	}

	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return this.accounts.mustChangePassword(username);
	}

}
