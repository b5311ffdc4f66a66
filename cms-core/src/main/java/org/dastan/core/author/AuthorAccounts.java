package org.dastan.core.author;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.UserAccounts;

/**
 * Which byline a staff account writes as, seen from the account: the user form's choice
 * and its save. One account has at most one byline, and a byline at most one account.
 */
@Service
@Transactional
public class AuthorAccounts {

	private final AuthorRepository authors;

	private final UserAccounts users;

	AuthorAccounts(AuthorRepository authors, UserAccounts users) {
		this.authors = authors;
		this.users = users;
	}

	/** The author linked to the user account, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> authorOf(long userId) {
		return this.authors.findByUserId(userId).map(Author::getId);
	}

	/** Bylines the account can be linked to: those linked to no other account. */
	@Transactional(readOnly = true)
	public List<BylineChoice> choicesFor(Long userId) {
		return this.authors.findAll(Sort.by("name"))
			.stream()
			.filter((author) -> author.getUserId() == null || author.getUserId().equals(userId))
			.map((author) -> new BylineChoice(author.getId(), author.getName()))
			.toList();
	}

	/**
	 * Links the account to the author, unlinking the one it had.
	 * @param authorId the author, or {@code null} for none
	 */
	public void link(long userId, Long authorId) {
		Optional<Author> current = this.authors.findByUserId(userId);
		if (current.map(Author::getId).equals(Optional.ofNullable(authorId))) {
			return;
		}
		current.ifPresent((author) -> author.setUserId(null));
		if (authorId != null) {
			Author author = this.authors.findById(authorId)
				.orElseThrow(() -> new RejectedEditException("authorId", "rule.user.no-such-author"));
			if (author.getUserId() != null) {
				throw new RejectedEditException("authorId", "rule.user.author-taken", author.getName(),
						this.users.find(author.getUserId()).map(AccountView::username).orElse(null));
			}
			// The old link goes first, or the new one breaks the one-byline-per-account
			// key.
			this.authors.flush();
			author.setUserId(userId);
		}
	}

}
