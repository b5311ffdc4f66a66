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
import org.dastan.core.user.UserAccount;
import org.dastan.core.user.UserAccountRepository;

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

	private final UserAccountRepository users;

	private final EntityManager entityManager;

	AuthorService(AuthorRepository authors, AuthorArticles articles, MediaLibrary media, UserAccountRepository users,
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
		return this.authors.findAllForListing()
			.stream()
			.map((author) -> AuthorSummary.of(author, counts.getOrDefault(author.getId(), 0L)))
			.toList();
	}

	/** The author with photo and user account loaded. */
	@Transactional(readOnly = true)
	public Optional<Author> find(long id) {
		return this.authors.findForEditingById(id);
	}

	@Transactional(readOnly = true)
	public AuthorSummary summary(long id) {
		Author author = this.authors.findForEditingById(id).orElseThrow(() -> notFound(id));
		return AuthorSummary.of(author, this.articles.countBy(author));
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
		return this.authors.findAccountsFreeFor((authorId != null) ? authorId : -1)
			.stream()
			.map((user) -> new AccountChoice(user.getId(), user.getUsername(), user.getDisplayName()))
			.toList();
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
		author.setUser((draft.userId() != null) ? account(draft.userId(), author) : null);
	}

	private UserAccount account(long userId, Author author) {
		UserAccount user = this.users.findById(userId)
			.orElseThrow(() -> new RejectedEditException("userId", "rule.author.no-such-account"));
		Optional<Author> linked = this.authors.findByUser(user).filter((other) -> other != author);
		if (linked.isPresent()) {
			throw new RejectedEditException("userId", "rule.author.account-taken", user.getUsername(),
					linked.get().getName());
		}
		return user;
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
