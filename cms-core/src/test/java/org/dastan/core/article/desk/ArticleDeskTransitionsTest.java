package org.dastan.core.article.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

import org.springframework.test.util.ReflectionTestUtils;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.ArticleStateException;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.StatusChange;
import org.dastan.core.author.Bylines;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.tag.TagService;
import org.dastan.core.user.UserAccounts;
import org.dastan.core.media.internal.MediaRepository;
import org.dastan.core.tag.internal.TagRepository;
import org.dastan.core.user.internal.UserAccountRepository;
import org.dastan.core.article.desk.internal.ArticleAutosaveRepository;
import org.dastan.core.article.desk.internal.ArticleNote;
import org.dastan.core.article.desk.internal.ArticleNoteRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Which of the article's moves each button of the form makes, with what time, and that a
 * move the article refuses saves nothing.
 */
class ArticleDeskTransitionsTest {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final Editor EDITOR = new Editor("editor", true);

	private final ArticleRepository articles = mock(ArticleRepository.class);

	private final ArticleNoteRepository notes = mock(ArticleNoteRepository.class);

	private final ArticleDesk desk = new ArticleDesk(this.articles, mock(Bylines.class), mock(TagService.class),
			mock(MediaLibrary.class), new HtmlSanitizer(), this.notes, mock(UserAccounts.class),
			mock(ArticleAutosaveRepository.class), Clock.fixed(NOW, ZoneOffset.UTC));

	private final Article article = new Article("rogun-dam", "The Rogun dam");

	@BeforeEach
	void stored() {
		ReflectionTestUtils.setField(this.article, "id", 7L);
		ReflectionTestUtils.setField(this.article, "version", 3L);
		given(this.articles.findById(7L)).willReturn(Optional.of(this.article));
		given(this.articles.saveAndFlush(any())).willAnswer((call) -> call.getArgument(0));
	}

	@Test
	void publishesAtTheDesksTime() {
		press(DeskAction.PUBLISH, null, null);
		assertThat(this.article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(this.article.getPublishedAt()).isEqualTo(NOW);
		assertThat(this.article.getTitle()).isEqualTo("Typed title");
	}

	@Test
	void schedulesAtTheTimeChosen() {
		Instant later = NOW.plus(Duration.ofHours(5));
		press(DeskAction.SCHEDULE, later, null);
		assertThat(this.article.isScheduledAt(NOW)).isTrue();
		assertThat(this.article.getPublishedAt()).isEqualTo(later);
	}

	@Test
	void refusesASchedulingTimeInThePastNextToItsField() {
		assertThatExceptionOfType(RejectedEditException.class)
			.isThrownBy(() -> press(DeskAction.SCHEDULE, NOW.minusSeconds(1), null))
			.satisfies((refused) -> assertThat(refused.field()).isEqualTo("publishAt"));
		assertThat(this.article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		verify(this.articles, never()).saveAndFlush(any());
	}

	@Test
	void submitsThenSendsBackWithTheNote() {
		press(DeskAction.SUBMIT, null, null);
		assertThat(this.article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);

		press(DeskAction.SEND_BACK, null, " Name the second source. ");
		assertThat(this.article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		ArgumentCaptor<ArticleNote> note = ArgumentCaptor.forClass(ArticleNote.class);
		verify(this.notes).save(note.capture());
		assertThat(note.getValue().view()).isEqualTo(new NoteView("editor", "Name the second source.", true, NOW));
	}

	@Test
	void unpublishesAndArchives() {
		press(DeskAction.PUBLISH, null, null);
		press(DeskAction.UNPUBLISH, null, null);
		assertThat(this.article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(this.article.getPublishedAt()).isNull();

		press(DeskAction.ARCHIVE, null, null);
		assertThat(this.article.getStatus()).isEqualTo(ArticleStatus.ARCHIVED);
	}

	@ParameterizedTest
	@EnumSource(names = { "SUBMIT", "PUBLISH", "SEND_BACK" })
	void savesNothingWhenThePublishedArticleRefusesTheMove(DeskAction action) {
		this.article.publish(NOW.minusSeconds(60));
		assertThatExceptionOfType(ArticleStateException.class).isThrownBy(() -> press(action, null, "Why?"))
			.satisfies((refused) -> assertThat(refused.attempted()).isEqualTo(StatusChange.valueOf(action.name())));
		assertThat(this.article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		verify(this.articles, never()).saveAndFlush(any());
		verify(this.notes, never()).save(any());
	}

	private void press(DeskAction action, Instant at, String note) {
		ArticleDraft draft = new ArticleDraft("Typed title", "rogun-dam", null, "<p>Text.</p>", null, List.of(),
				List.of(), null, null, null, null, null);
		this.desk.update(7L, 3L, draft, new Transition(action, at, note), EDITOR);
	}

}
