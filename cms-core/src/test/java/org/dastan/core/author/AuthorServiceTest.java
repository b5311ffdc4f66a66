package org.dastan.core.author;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.media.Media;
import org.dastan.core.media.MediaRepository;
import org.dastan.core.search.ArticleSearch;
import org.dastan.core.user.Role;
import org.dastan.core.user.UserAccount;
import org.dastan.core.user.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules editors meet when they keep authors, against the real database and search
 * index.
 */
@SpringBootTest
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

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.authors.deleteAll();
		this.media.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void makesAUniqueSlugFromTheNameWhenLeftEmpty() {
		assertThat(author("Aigerim Bekova", "").getSlug()).isEqualTo("aigerim-bekova");
		assertThat(author("Aigerim Bekova", "").getSlug()).isEqualTo("aigerim-bekova-2");
		assertThat(author("Айгерим Бекова", "").getSlug()).isEqualTo("aygerim-bekova");
		assertThat(author("Daniel Hughes", "dan").getSlug()).isEqualTo("dan");
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

		Author author = this.service.create(new AuthorDraft("Aigerim Bekova", "", " Correspondent ", "Covers Almaty.",
				photo.getId(), user.getId()));

		Author saved = this.service.find(author.getId()).orElseThrow();
		assertThat(saved.getJobTitle()).isEqualTo("Correspondent");
		assertThat(saved.getBio()).isEqualTo("Covers Almaty.");
		assertThat(saved.getPhoto().getFileName()).isEqualTo("portrait.jpg");
		assertThat(saved.getUser().getUsername()).isEqualTo("aigerim");
		assertThat(this.service.summary(author.getId()).username()).isEqualTo("aigerim");
	}

	@Test
	void linksAUserAccountToOneAuthorOnly() {
		UserAccount shared = user("shared");
		UserAccount free = user("free");
		Author first = this.service.create(new AuthorDraft("First", "", null, null, null, shared.getId()));

		assertRejected(() -> this.service.create(new AuthorDraft("Second", "", null, null, null, shared.getId())),
				"userId", "rule.author.account-taken");
		assertThat(this.service.accountChoices(null)).extracting(AccountChoice::username).containsExactly("free");
		assertThat(this.service.accountChoices(first.getId())).extracting(AccountChoice::username)
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
		Author writer = author("Daniel Hughes", "");
		Author guest = author("Guest Writer", "");
		article("rogun", writer);

		assertRejected(() -> this.service.delete(writer.getId()), null, "rule.author.has-articles");
		this.service.delete(guest.getId());

		assertThat(this.authors.findAll()).extracting(Author::getSlug).containsExactly("daniel-hughes");
		assertThat(this.service.list()).singleElement().satisfies((summary) -> assertThat(summary.articles()).isOne());
	}

	@Test
	void deactivatesAndReactivatesAnAuthor() {
		Author author = author("Daniel Hughes", "");

		this.service.deactivate(author.getId());
		assertThat(this.authors.findById(author.getId()).orElseThrow().isActive()).isFalse();
		this.service.reactivate(author.getId());
		assertThat(this.authors.findById(author.getId()).orElseThrow().isActive()).isTrue();
	}

	@Test
	void refusesASaveOverANewerVersion() {
		Author author = author("Daniel Hughes", "");
		this.service.update(author.getId(), author.getVersion(), draft("Dan Hughes", "daniel-hughes"));

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.service.update(author.getId(), author.getVersion(), draft("Daniel H.", "")));
		assertThat(this.authors.findById(author.getId()).orElseThrow().getName()).isEqualTo("Dan Hughes");
	}

	@Test
	void searchFindsArticlesByTheAuthorsNewNameRightAfterARename() {
		Author author = author("Aigerim Bekova", "");
		article("grain", author);
		assertThat(found("Bekova")).containsExactly("grain");

		this.service.update(author.getId(), author.getVersion(), draft("Aigerim Sadykova", "aigerim-bekova"));

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

	private Author author(String name, String slug) {
		return this.service.create(draft(name, slug));
	}

	private static AuthorDraft draft(String name, String slug) {
		return new AuthorDraft(name, slug, null, null, null, null);
	}

	private void article(String slug, Author author) {
		Article article = new Article(slug, "Story " + slug);
		article.creditTo(List.of(author));
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
