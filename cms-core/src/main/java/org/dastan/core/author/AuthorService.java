package org.dastan.core.author;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.slug.Slugs;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.UserAccounts;

/**
 * The newsroom's rules for keeping authors: unique slugs, one author per user account, no
 * byline left without its author, and a search index that follows a new name.
 */
@Service
@Transactional
public class AuthorService {

	/** The longest slug the authors table holds. */
	public static final int MAX_SLUG_LENGTH = 120;

	/** How many of the newest images the photo picker offers. */
	public static final int PHOTO_CHOICES = 50;

	private final AuthorRepository authors;

	private final AuthorArticles articles;

	private final MediaLibrary media;

	private final UserAccounts users;

	private final EntityManager entityManager;

	AuthorService(AuthorRepository authors, AuthorArticles articles, MediaLibrary media, UserAccounts users,
			EntityManager entityManager) {
		this.authors = authors;
		this.articles = articles;
		this.media = media;
		this.users = users;
		this.entityManager = entityManager;
	}

	/** Every author by name, with how many articles carry their byline. */
	@Transactional(readOnly = true)
	public List<AuthorSummary> list() {
		Map<Long, Long> counts = this.articles.countByAuthor()
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
		Map<Long, String> usernames = this.users.list()
			.stream()
			.collect(Collectors.toMap(AccountView::id, AccountView::username));
		return this.authors.findAllForListing()
			.stream()
			.map((author) -> AuthorSummary.of(author, usernames.get(author.getUserId()),
					counts.getOrDefault(author.getId(), 0L)))
			.toList();
	}

	/** The author with photo loaded. */
	@Transactional(readOnly = true)
	public Optional<Author> find(long id) {
		return this.authors.findForEditingById(id);
	}

	@Transactional(readOnly = true)
	public AuthorSummary summary(long id) {
		Author author = this.authors.findForEditingById(id).orElseThrow(() -> notFound(id));
		return AuthorSummary.of(author, username(author.getUserId()), this.articles.countBy(author));
	}

	/** The newest images, and the given photo when it is older than those. */
	@Transactional(readOnly = true)
	public List<PhotoChoice> photoChoices(Long currentPhotoId) {
		return this.media.choices(PHOTO_CHOICES, currentPhotoId)
			.stream()
			.map((image) -> new PhotoChoice(image.id(), image.altText(), image.fileName()))
			.toList();
	}

	/**
	 * The user accounts the author can be linked to: those no other author is linked to.
	 * @param authorId the author, or {@code null} for a new one
	 */
	@Transactional(readOnly = true)
	public List<AccountChoice> accountChoices(Long authorId) {
		List<Long> taken = this.authors.findUserIdsLinkedBesides((authorId != null) ? authorId : -1);
		return this.users.list()
			.stream()
			.filter((user) -> !taken.contains(user.id()))
			.map((user) -> new AccountChoice(user.id(), user.username(), user.displayName()))
			.toList();
	}

	/** The byline linked to the user account, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> bylineOf(long userId) {
		return this.authors.findByUserId(userId).map(Author::getId);
	}

	/**
	 * Links the user account to the byline, or to none; a byline it was linked to before
	 * is unlinked. A byline linked to another account is refused.
	 */
	public void linkAccount(long userId, Long authorId) {
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
						username(author.getUserId()));
			}
			// The old link goes first, or the new one breaks the one-byline-per-account
			// key.
			this.authors.flush();
			author.setUserId(userId);
		}
	}

	public Author create(AuthorDraft draft) {
		Author author = new Author(slugFor(draft, null), draft.name().strip());
		apply(draft, author);
		return this.authors.save(author);
	}

	/**
	 * Saves the draft over the author if nobody saved them since the given version. A new
	 * name is reindexed for search at once.
	 */
	public Author update(long id, long version, AuthorDraft draft) {
		Author author = get(id);
		if (author.getVersion() != version) {
			throw new StaleEditException(author.getVersion());
		}
		String name = draft.name().strip();
		boolean renamed = !name.equals(author.getName());
		author.setSlug(slugFor(draft, author));
		author.setName(name);
		apply(draft, author);
		if (renamed) {
			SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
			this.articles.findBy(author).forEach(plan::addOrUpdate);
		}
		return author;
	}

	/** Keeps the author off new bylines; their articles and page stay. */
	public void deactivate(long id) {
		get(id).deactivate();
	}

	public void reactivate(long id) {
		get(id).reactivate();
	}

	/** Deletes an author who is on no byline; one with articles can be deactivated. */
	public void delete(long id) {
		Author author = get(id);
		long bylines = this.articles.countBy(author);
		if (bylines > 0) {
			throw new RejectedEditException(null, "rule.author.has-articles", author.getName(), bylines);
		}
		this.authors.delete(author);
	}

	private void apply(AuthorDraft draft, Author author) {
		author.setJobTitle(blankToNull(draft.jobTitle()));
		author.setBio(blankToNull(draft.bio()));
		author.setPhoto(
				(draft.photoId() != null)
						? this.media.find(draft.photoId())
							.orElseThrow(() -> new RejectedEditException("photoId", "rule.author.no-such-photo"))
						: null);
		author.setUserId((draft.userId() != null) ? account(draft.userId(), author) : null);
	}

	private long account(long userId, Author author) {
		AccountView user = this.users.find(userId)
			.orElseThrow(() -> new RejectedEditException("userId", "rule.author.no-such-account"));
		Optional<Author> linked = this.authors.findByUserId(userId).filter((other) -> other != author);
		if (linked.isPresent()) {
			throw new RejectedEditException("userId", "rule.author.account-taken", user.username(),
					linked.get().getName());
		}
		return userId;
	}

	private String username(Long userId) {
		return (userId != null) ? this.users.find(userId).map(AccountView::username).orElse(null) : null;
	}

	private String slugFor(AuthorDraft draft, Author self) {
		return Slugs.choose(draft.slug(), draft.name(), "author", MAX_SLUG_LENGTH, (slug) -> isTaken(slug, self));
	}

	private boolean isTaken(String slug, Author self) {
		return this.authors.findBySlug(slug).filter((holder) -> holder != self).isPresent();
	}

	private Author get(long id) {
		return this.authors.findById(id).orElseThrow(() -> notFound(id));
	}

	private static EntityNotFoundException notFound(long id) {
		return new EntityNotFoundException("No author " + id);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
