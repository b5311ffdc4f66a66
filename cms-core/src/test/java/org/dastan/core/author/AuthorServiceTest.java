package org.dastan.core.author;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.media.internal.MediaRepository;
import org.dastan.core.media.model.Media;
import org.dastan.core.search.ArticleSearch;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules editors meet when they keep authors, against the real database and search
 * index, and the events that tell other features about it.
 */
@SpringBootTest
@RecordApplicationEvents
class AuthorServiceTest {

	@Autowired
	private AuthorService service;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private MediaRepository media;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private ArticleSearch search;

	@Autowired
	private ApplicationEvents events;

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.authors.deleteAll();
		this.media.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void makesAUniqueSlugFromTheNameWhenLeftEmpty() {
		assertThat(author("Aigerim Bekova", "").slug()).isEqualTo("aigerim-bekova");
		assertThat(author("Aigerim Bekova", "").slug()).isEqualTo("aigerim-bekova-2");
		assertThat(author("Айгерим Бекова", "").slug()).isEqualTo("aygerim-bekova");
		assertThat(author("Daniel Hughes", "dan").slug()).isEqualTo("dan");
	}

	@Test
	void refusesAnInvalidOrTakenSlug() {
		author("Daniel Hughes", "");

		assertRejected(() -> author("Dan Hughes", "daniel-hughes"), "slug", "rule.slug.taken");
		assertRejected(() -> author("Dan Hughes", "Dan_Hughes"), "slug", "rule.slug.invalid");
	}

	@Test
	void savesJobTitleBioPhotoAndAccount() {
		Media photo = image("portrait.jpg");
		UserAccount user = user("aigerim");

		AuthorView author = this.service.create(new AuthorDraft("Aigerim Bekova", "", " Correspondent ",
				"Covers Almaty.", photo.getId(), user.getId()));

		AuthorView saved = this.service.find(author.id()).orElseThrow();
		assertThat(saved.jobTitle()).isEqualTo("Correspondent");
		assertThat(saved.bio()).isEqualTo("Covers Almaty.");
		assertThat(saved.photoId()).isEqualTo(photo.getId());
		assertThat(saved.userId()).isEqualTo(user.getId());
		AuthorSummary summary = this.service.summary(author.id());
		assertThat(summary.photoFile()).isEqualTo("portrait.jpg");
		assertThat(summary.username()).isEqualTo("aigerim");
	}

	@Test
	void linksAUserAccountToOneAuthorOnly() {
		UserAccount shared = user("shared");
		UserAccount free = user("free");
		AuthorView first = this.service.create(new AuthorDraft("First", "", null, null, null, shared.getId()));

		assertRejected(() -> this.service.create(new AuthorDraft("Second", "", null, null, null, shared.getId())),
				"userId", "rule.author.account-taken");
		assertThat(this.service.accountChoices(null)).extracting(AccountChoice::username).containsExactly("free");
		assertThat(this.service.accountChoices(first.id())).extracting(AccountChoice::username)
			.containsExactly("free", "shared");
		assertThat(free.getId()).isNotNull();
	}

	@Test
	void offersTheNewestImagesAndTheCurrentPhotoAsPhotos() {
		Media old = image("old.jpg");
		for (int i = 0; i < AuthorService.PHOTO_CHOICES; i++) {
			image("new-" + i + ".jpg");
		}

		List<PhotoChoice> choices = this.service.photoChoices(null);
		assertThat(choices).hasSize(AuthorService.PHOTO_CHOICES)
			.extracting(PhotoChoice::fileName)
			.doesNotContain("old.jpg")
			.startsWith("new-49.jpg");
		assertThat(this.service.photoChoices(old.getId())).hasSize(AuthorService.PHOTO_CHOICES + 1)
			.last()
			.extracting(PhotoChoice::fileName)
			.isEqualTo("old.jpg");
	}

	@Test
	void deletesOnlyAnAuthorWithoutArticles() {
		AuthorView writer = author("Daniel Hughes", "");
		AuthorView guest = author("Guest Writer", "");
		article("rogun", writer);

		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(() -> this.service.delete(writer.id()))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("rule.author.has-articles");
				assertThat(ex.args()).containsExactly("Daniel Hughes", 1L);
			});
		this.service.delete(guest.id());

		assertThat(this.authors.findAll()).extracting(Author::getSlug).containsExactly("daniel-hughes");
		assertThat(this.service.list()).singleElement().satisfies((summary) -> assertThat(summary.articles()).isOne());
		assertThat(this.events.stream(AuthorChanged.class)).containsExactly(new AuthorChanged(writer.id(), false),
				new AuthorChanged(guest.id(), false), new AuthorChanged(guest.id(), false));
	}

	@Test
	void countsEachAuthorsArticlesOncePerArticle() {
		AuthorView writer = author("Daniel Hughes", "");
		AuthorView coauthor = author("Aigerim Bekova", "");
		AuthorView guest = author("Guest Writer", "");
		article("rogun", writer, coauthor);
		article("grain", writer);

		assertThat(this.service.list()).extracting(AuthorSummary::name, AuthorSummary::articles)
			.containsExactly(tuple("Aigerim Bekova", 1L), tuple("Daniel Hughes", 2L), tuple("Guest Writer", 0L));
		assertThat(this.service.summary(writer.id()).articles()).isEqualTo(2);
		assertThat(this.service.summary(guest.id()).articles()).isZero();
	}

	@Test
	void announcesARenameOnlyWhenTheNameOrSlugChanged() {
		AuthorView author = author("Daniel Hughes", "");

		this.service.update(author.id(), 0, new AuthorDraft("Daniel Hughes", "", "Editor", null, null, null));
		this.service.update(author.id(), 1, draft("Daniel Hughes", "dan"));
		this.service.update(author.id(), 2, draft("Dan Hughes", "dan"));

		assertThat(this.events.stream(AuthorChanged.class)).extracting(AuthorChanged::renamed)
			.containsExactly(false, false, true, true);
	}

	@Test
	void deactivatesAndReactivatesAnAuthor() {
		AuthorView author = author("Daniel Hughes", "");

		this.service.deactivate(author.id());
		assertThat(this.authors.findById(author.id()).orElseThrow().isActive()).isFalse();
		this.service.reactivate(author.id());
		assertThat(this.authors.findById(author.id()).orElseThrow().isActive()).isTrue();
	}

	@Test
	void refusesASaveOverANewerVersion() {
		AuthorView author = author("Daniel Hughes", "");
		this.service.update(author.id(), author.version(), draft("Dan Hughes", "daniel-hughes"));

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.service.update(author.id(), author.version(), draft("Daniel H.", "")));
		assertThat(this.authors.findById(author.id()).orElseThrow().getName()).isEqualTo("Dan Hughes");
	}

	@Test
	void searchFindsArticlesByTheAuthorsNewNameRightAfterARename() {
		AuthorView author = author("Aigerim Bekova", "");
		article("grain", author);
		assertThat(found("Bekova")).containsExactly("grain");

		this.service.update(author.id(), author.version(), draft("Aigerim Sadykova", "aigerim-bekova"));

		assertThat(this.events.stream(AuthorChanged.class)).last().isEqualTo(new AuthorChanged(author.id(), true));
		assertThat(found("Sadykova")).containsExactly("grain");
		assertThat(found("Bekova")).isEmpty();
	}

	private List<String> found(String query) {
		return this.search.search(query, PageRequest.of(0, 10))
			.getContent()
			.stream()
			.map((hit) -> hit.card().slug())
			.toList();
	}

	private AuthorView author(String name, String slug) {
		return this.service.create(draft(name, slug));
	}

	private static AuthorDraft draft(String name, String slug) {
		return new AuthorDraft(name, slug, null, null, null, null);
	}

	private void article(String slug, AuthorView... byline) {
		Article article = new Article(slug, "Story " + slug);
		article.creditTo(Stream.of(byline).map((author) -> this.authors.findById(author.id()).orElseThrow()).toList());
		article.publish(Instant.now().minusSeconds(3600));
		this.articles.save(article);
	}

	private Media image(String fileName) {
		return this.media.save(new Media(fileName, "image/jpeg", 1000, 800, 600, "Alt " + fileName));
	}

	private UserAccount user(String username) {
		return this.users.save(new UserAccount(username, username, "{noop}x", Set.of(Role.AUTHOR)));
	}

	private static void assertRejected(Runnable edit, String field, String code) {
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(edit::run).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.code()).isEqualTo(code);
		});
	}

}
