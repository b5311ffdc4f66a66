package org.dastan.admin.article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two editors save the same article at the same moment, many times over, through the
 * whole application: one save wins and the other is a conflict that shows its editor's
 * text, never a 500. Runs on H2; on PostgreSQL with
 * {@code ./mvnw -Ppostgresql -pl cms-admin -am verify -Dtest=ArticleSaveRaceTest -Dit.test=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ArticleSaveRaceTest {

	private static final int ROUNDS = 40;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ArticleRepository articles;

	private final ExecutorService editors = Executors.newFixedThreadPool(2);

	private Long article;

	@AfterEach
	void cleanUp() {
		this.editors.shutdownNow();
		if (this.article != null) {
			this.articles.deleteById(this.article);
		}
	}

	@Test
	void answersEverySaveWithTheSavedPageOrAConflictThatKeepsTheText() throws Exception {
		this.article = this.articles.save(new Article("race-" + System.nanoTime(), "Race")).getId();
		List<String> wrong = new ArrayList<>();
		int conflicts = 0;
		for (int round = 0; round < ROUNDS; round++) {
			long version = this.articles.findById(this.article).orElseThrow().getVersion();
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MockHttpServletResponse>> saves = new ArrayList<>();
			for (String editor : List.of("first", "second")) {
				String title = editor + " editor's title in round " + round;
				saves.add(this.editors.submit(() -> {
					start.await();
					return this.mvc
						.perform(post("/admin/articles/{id}", this.article).param("title", title)
							.param("body", "<p>" + title + "</p>")
							.param("version", String.valueOf(version))
							.param("action", "SAVE")
							.with(user(editor).roles("EDITOR"))
							.with(csrf()))
						.andReturn()
						.getResponse();
				}));
			}
			start.countDown();
			int saved = 0;
			for (int i = 0; i < 2; i++) {
				MockHttpServletResponse response = saves.get(i).get(30, TimeUnit.SECONDS);
				String title = List.of("first", "second").get(i) + " editor&#39;s title in round " + round;
				if (response.getStatus() == 302
						&& ("/admin/articles/" + this.article).equals(response.getRedirectedUrl())) {
					saved++;
				}
				else if (response.getStatus() == 409 && response.getContentAsString().contains(title)) {
					conflicts++;
				}
				else {
					wrong.add("round " + round + ": " + response.getStatus() + " " + response.getRedirectedUrl());
				}
			}
			if (saved != 1) {
				wrong.add("round " + round + ": " + saved + " saves went through");
			}
		}
		System.out.printf("Save race: %d rounds, %d conflicts%n", ROUNDS, conflicts);
		assertThat(wrong).isEmpty();
	}

}
