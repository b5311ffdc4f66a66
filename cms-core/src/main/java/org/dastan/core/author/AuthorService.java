package org.dastan.core.author;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.slug.Slugs;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.UserAccounts;

/**
 * The newsroom's rules for keeping authors: unique slugs, one author per user account,
 * and no byline left without its author. Every change is announced as
 * {@link AuthorChanged}, so that search can follow a new name.
 */
@Service
@Transactional
public class AuthorService {

	/** The longest slug the authors table holds. */
	public static final int MAX_SLUG_LENGTH = 120;

	/** How many of the newest images the photo picker offers. */
	public static final int PHOTO_CHOICES = 50;

	private final AuthorRepository authors;

	private final AuthorUsage usage;

	private final MediaLibrary media;

	private final UserAccounts users;

	private final ApplicationEventPublisher events;

	AuthorService(AuthorRepository authors, AuthorUsage usage, MediaLibrary media, UserAccounts users,
			ApplicationEventPublisher events) {
		this.authors = authors;
		this.usage = usage;
		this.media = media;
		this.users = users;
		this.events = events;
	}

	/** Every author by name, with how many articles carry their byline. */
	@Transactional(readOnly = true)
	public List<AuthorSummary> list() {
		Map<Long, Long> counts = this.usage.articlesPerAuthor();
		Map<Long, String> usernames = this.users.list()
			.stream()
			.collect(Collectors.toMap(AccountView::id, AccountView::username));
		return this.authors.findAllForListing()
			.stream()
			.map((author) -> AuthorSummary.of(author, usernames.get(author.getUserId()),
					counts.getOrDefault(author.getId(), 0L)))
			.toList();
	}

	/** The author as the form edits them. */
	@Transactional(readOnly = true)
	public Optional<AuthorView> find(long id) {
		return this.authors.findForEditingById(id).map(AuthorView::of);
	}

	@Transactional(readOnly = true)
	public AuthorSummary summary(long id) {
		Author author = this.authors.findForEditingById(id).orElseThrow(() -> notFound(id));
		return AuthorSummary.of(author, username(author.getUserId()), this.usage.articlesBy(id));
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

	public AuthorView create(AuthorDraft draft) {
		Author author = new Author(slugFor(draft, null), draft.name().strip());
		apply(draft, author);
		this.authors.save(author);
		changed(author.getId(), false);
		return AuthorView.of(author);
	}

	/**
	 * Saves the draft over the author if nobody saved them since the given version. A new
	 * name or slug is announced as a rename: every byline shows them.
	 */
	public void update(long id, long version, AuthorDraft draft) {
		Author author = get(id);
		if (author.getVersion() != version) {
			throw new StaleEditException(author.getVersion());
		}
		String name = draft.name().strip();
		String slug = slugFor(draft, author);
		boolean renamed = !name.equals(author.getName()) || !slug.equals(author.getSlug());
		String formerSlug = author.getSlug();
		author.setSlug(slug);
		author.setName(name);
		apply(draft, author);
		changed(id, renamed);
		if (!slug.equals(formerSlug)) {
			this.events.publishEvent(new AuthorMoved(id, formerSlug, slug));
		}
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
		long bylines = this.usage.articlesBy(id);
		if (bylines > 0) {
			throw new RejectedEditException(null, "rule.author.has-articles", author.getName(), bylines);
		}
		this.authors.delete(author);
		changed(id, false);
	}

	private void changed(long id, boolean renamed) {
		this.events.publishEvent(new AuthorChanged(id, renamed));
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
