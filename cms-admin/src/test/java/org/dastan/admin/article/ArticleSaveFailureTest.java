package org.dastan.admin.article;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.article.desk.ArticleDraft;
import org.dastan.core.article.desk.DeskStatus;
import org.dastan.core.article.desk.OpenedArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A save that fails after the form was sent never costs the editor their text: a race
 * lost at the database's flush is the conflict page, a database that is down or any other
 * failure is the form again with a "Not saved" message.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "editor", roles = "EDITOR")
class ArticleSaveFailureTest {

	private static final long ID = 4242;

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ArticleDesk desk;

	@BeforeEach
	void storedArticle() {
		OpenedArticle stored = new OpenedArticle(ID, new ArticleDraft("Stored title", "stored-title", null, "", null,
				List.of(), List.of(), null, null, null, null, null), DeskStatus.DRAFT, null, Instant.now(), 8L);
		given(this.desk.open(anyLong(), any())).willReturn(stored);
	}

	@Test
	void answersARaceLostAtFlushWithTheConflictPage() {
		given(this.desk.update(anyLong(), anyLong(), any(), any(), any()))
			.willThrow(new ObjectOptimisticLockingFailureException(Article.class, ID));

		assertThat(save()).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else saved this article", "My unsaved title", "My unsaved paragraph",
					"name=\"version\" value=\"8\"");
	}

	@Test
	void keepsTheTextWhenTheDatabaseIsDown() {
		CannotCreateTransactionException down = new CannotCreateTransactionException("Connection refused");
		given(this.desk.update(anyLong(), anyLong(), any(), any(), any())).willThrow(down);
		given(this.desk.open(anyLong(), any())).willThrow(down);

		assertThat(save()).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.bodyText()
			.contains("Not saved: the database cannot be reached", "My unsaved title", "My unsaved paragraph",
					"action=\"/admin/articles/" + ID + "\"");
	}

	@Test
	void keepsTheTextOnAnUnexpectedFailure() {
		given(this.desk.update(anyLong(), anyLong(), any(), any(), any())).willThrow(new IllegalStateException("bug"));

		assertThat(save()).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.bodyText()
			.contains("Not saved: something went wrong on the server", "My unsaved title", "My unsaved paragraph");
	}

	private MockMvcTester.MockMvcRequestBuilder save() {
		return this.mvc.post()
			.uri("/admin/articles/{id}", ID)
			.param("title", "My unsaved title")
			.param("body", "<p>My unsaved paragraph</p>")
			.param("version", "7")
			.param("action", "SAVE")
			.with(csrf());
	}

}
