package org.dastan.core.article;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The article's own status rules, as the desk's buttons use them: each move from each
 * status either changes the status and publication time as the newsroom expects, or is
 * refused and leaves the article as it was.
 */
class ArticleStatusTest {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));

	static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

	/** Where an article starts, as the desk shows it. */
	enum Start {

		DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED;

		Article article() {
			Article article = new Article("rogun-dam", "The Rogun dam");
			switch (this) {
				case DRAFT -> {
				}
				case IN_REVIEW -> article.submit();
				case SCHEDULED -> article.schedule(TOMORROW, NOW);
				case PUBLISHED -> article.publish(YESTERDAY);
				case ARCHIVED -> {
					article.publish(YESTERDAY);
					article.archive();
				}
			}
			return article;
		}

	}

	@Test
	void submitsADraftForReview() {
		Article article = Start.DRAFT.article();
		article.submit();
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(article.getPublishedAt()).isNull();
	}

	@Test
	void sendsAnArticleInReviewBackToTheDrafts() {
		Article article = Start.IN_REVIEW.article();
		article.sendBack();
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.getPublishedAt()).isNull();
	}

	@ParameterizedTest
	@EnumSource(names = { "DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED" })
	void publishesNowAnythingNotAlreadyOnTheSite(Start start) {
		Article article = start.article();
		article.publish(NOW);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getPublishedAt()).isEqualTo(NOW);
		assertThat(article.isPublicAt(NOW)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Start.class)
	void schedulesOrReschedulesFromAnyStatus(Start start) {
		Article article = start.article();
		Instant later = TOMORROW.plus(Duration.ofHours(3));
		article.schedule(later, NOW);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getPublishedAt()).isEqualTo(later);
		assertThat(article.isScheduledAt(NOW)).isTrue();
		assertThat(article.isPublicAt(NOW)).isFalse();
		assertThat(article.isPublicAt(later)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(names = { "SCHEDULED", "PUBLISHED" })
	void unpublishesBackToTheDraftsForgettingThePublicationTime(Start start) {
		Article article = start.article();
		article.unpublish();
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.getPublishedAt()).isNull();
		assertThat(article.isPublicAt(TOMORROW)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(names = { "DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED" })
	void archivesKeepingThePublicationTime(Start start) {
		Article article = start.article();
		Instant publishedAt = article.getPublishedAt();
		article.archive();
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.ARCHIVED);
		assertThat(article.getPublishedAt()).isEqualTo(publishedAt);
		assertThat(article.isPublicAt(TOMORROW)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "IN_REVIEW, SUBMIT", "SCHEDULED, SUBMIT", "PUBLISHED, SUBMIT", "ARCHIVED, SUBMIT", "DRAFT, SEND_BACK",
			"SCHEDULED, SEND_BACK", "PUBLISHED, SEND_BACK", "ARCHIVED, SEND_BACK", "PUBLISHED, PUBLISH",
			"DRAFT, UNPUBLISH", "IN_REVIEW, UNPUBLISH", "ARCHIVED, UNPUBLISH", "ARCHIVED, ARCHIVE" })
	void refusesAMoveItsStatusDoesNotAllowAndStaysAsItWas(Start start, StatusChange change) {
		Article article = start.article();
		ArticleStatus status = article.getStatus();
		Instant publishedAt = article.getPublishedAt();

		assertThatExceptionOfType(ArticleStateException.class).isThrownBy(() -> attempt(change, article))
			.satisfies((refused) -> {
				assertThat(refused.status()).isEqualTo(status);
				assertThat(refused.attempted()).isEqualTo(change);
				assertThat(refused.field()).isNull();
				assertThat(refused.code()).isEqualTo("desk.refused." + change.key());
			});
		assertThat(article.getStatus()).isEqualTo(status);
		assertThat(article.getPublishedAt()).isEqualTo(publishedAt);
	}

	@ParameterizedTest
	@EnumSource(Start.class)
	void refusesToScheduleForNowOrThePast(Start start) {
		Article article = start.article();
		ArticleStatus status = article.getStatus();
		Instant publishedAt = article.getPublishedAt();

		assertThatIllegalArgumentException().isThrownBy(() -> article.schedule(NOW, NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> article.schedule(YESTERDAY, NOW));
		assertThat(article.getStatus()).isEqualTo(status);
		assertThat(article.getPublishedAt()).isEqualTo(publishedAt);
	}

	@Test
	void publishingAScheduledArticleBeforeItsTimeBringsThatTimeForward() {
		Article article = Start.SCHEDULED.article();
		Instant early = TOMORROW.minus(Duration.ofHours(2));
		article.publish(early);
		assertThat(article.getPublishedAt()).isEqualTo(early);
		assertThat(article.isPublicAt(early)).isTrue();
	}

	@Test
	void refusesToPublishAgainOnceTheScheduledTimeHasCome() {
		Article article = Start.SCHEDULED.article();
		assertThatExceptionOfType(ArticleStateException.class).isThrownBy(() -> article.publish(TOMORROW));
		assertThat(article.getPublishedAt()).isEqualTo(TOMORROW);
	}

	@Test
	void leavesTheEditTimeToTheEditsNotTheStatusChanges() {
		Article article = Start.DRAFT.article();
		article.markUpdated(YESTERDAY);
		article.submit();
		article.sendBack();
		article.publish(NOW);
		article.archive();
		assertThat(article.getUpdatedAt()).isEqualTo(YESTERDAY);
	}

	private static void attempt(StatusChange change, Article article) {
		switch (change) {
			case SUBMIT -> article.submit();
			case SEND_BACK -> article.sendBack();
			case PUBLISH -> article.publish(NOW);
			case SCHEDULE -> article.schedule(TOMORROW, NOW);
			case UNPUBLISH -> article.unpublish();
			case ARCHIVE -> article.archive();
		}
	}

}
