package org.dastan.core.article.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.test.util.ReflectionTestUtils;

import org.dastan.core.article.ArticleChanged;
import org.dastan.core.article.ArticlePart;
import org.dastan.core.article.ArticlePublished;
import org.dastan.core.article.ArticleRefs;
import org.dastan.core.article.ArticleStateException;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.ArticleUnpublished;
import org.dastan.core.article.StatusChange;
import org.dastan.core.author.model.Author;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.media.model.Media;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The article's own status rules, as the desk's buttons use them: each move from each
 * status either changes the status and publication time as the newsroom expects, or is
 * refused and leaves the article as it was; and what each save of a stored article
 * announces.
 */
class ArticleStatusTest {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));

	static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

	static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

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
					article.archive(NOW);
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
		article.unpublish(NOW);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.getPublishedAt()).isNull();
		assertThat(article.isPublicAt(TOMORROW)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(names = { "DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED" })
	void archivesKeepingThePublicationTime(Start start) {
		Article article = start.article();
		Instant publishedAt = article.getPublishedAt();
		article.archive(NOW);
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
		article.archive(NOW);
		assertThat(article.getUpdatedAt()).isEqualTo(YESTERDAY);
	}

	// Events: what a save of a stored article announces.

	@Test
	void announcesPublishingWithWhereTheArticleShowsFromNow() {
		Article article = stored(Start.DRAFT);
		article.publish(NOW);
		assertThat(article.events()).containsExactly(new ArticlePublished(article.refs()));
	}

	@Test
	void announcesAPublishingOfAScheduledArticleBeforeItsTime() {
		Article article = stored(Start.SCHEDULED);
		article.publish(NOW);
		assertThat(article.events()).containsExactly(new ArticlePublished(article.refs()));
	}

	@ParameterizedTest
	@EnumSource(names = { "DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED" })
	void announcesAnArticleThatIsNewAndPublicOnlyAsPublished(Start start) {
		Article article = start.article();
		ReflectionTestUtils.setField(article, "id", 7L);
		boolean isPublic = article.isPublicAt(NOW);
		assertThat(article.events()).isEqualTo(isPublic ? List.of(new ArticlePublished(article.refs())) : List.of());
	}

	@Test
	void announcesUnpublishingWithWhereTheArticleShowedBefore() {
		Article article = stored(Start.PUBLISHED);
		ArticleRefs before = article.refs();
		article.rename("rogun-dam-stalls");
		article.unpublish(NOW);
		assertThat(article.events()).containsExactly(new ArticleUnpublished(before));
	}

	@Test
	void announcesArchivingAPublicArticleAsUnpublishing() {
		Article article = stored(Start.PUBLISHED);
		article.archive(NOW);
		assertThat(article.events()).containsExactly(new ArticleUnpublished(article.refs()));
	}

	@Test
	void announcesReschedulingAPublicArticleAsUnpublishing() {
		Article article = stored(Start.PUBLISHED);
		article.schedule(TOMORROW, NOW);
		assertThat(article.events()).containsExactly(new ArticleUnpublished(article.refs()));
	}

	@ParameterizedTest
	@EnumSource(names = { "DRAFT", "IN_REVIEW", "SCHEDULED" })
	void announcesNothingPublicForMovesBehindTheScenes(Start start) {
		Article article = stored(start);
		if (start == Start.IN_REVIEW) {
			article.sendBack();
		}
		else if (start == Start.SCHEDULED) {
			article.unpublish(NOW);
		}
		else {
			article.submit();
		}
		assertThat(article.events()).isEmpty();
	}

	@Test
	void announcesReschedulingAsAChangeOfTheCardsDateThatReadersDoNotSee() {
		Article article = stored(Start.SCHEDULED);
		article.schedule(TOMORROW.plus(Duration.ofHours(1)), NOW);
		assertThat(article.events()).singleElement().isInstanceOfSatisfying(ArticleChanged.class, (changed) -> {
			assertThat(changed.isPublic()).isFalse();
			assertThat(changed.parts()).containsExactly(ArticlePart.CARD);
		});
	}

	@ParameterizedTest
	@EnumSource(Edit.class)
	void announcesEachEditOfAPublicArticleWithThePartItChanged(Edit edit) {
		Article article = stored(Start.PUBLISHED);
		ArticleRefs before = article.refs();
		edit.apply(article);
		article.markUpdated(NOW);
		assertThat(article.events())
			.containsExactly(new ArticleChanged(7L, true, Set.of(edit.part), before, article.refs()));
	}

	@Test
	void announcesAllTheEditsOfOneSaveInOneEvent() {
		Article article = stored(Start.PUBLISHED);
		ArticleRefs before = article.refs();
		for (Edit edit : Edit.values()) {
			edit.apply(article);
		}
		article.markUpdated(NOW);
		assertThat(article.events())
			.containsExactly(new ArticleChanged(7L, true, Set.of(ArticlePart.values()), before, article.refs()));
		assertThat(article.refs().slug()).isEqualTo("rogun-dam-opens");
		assertThat(before.slug()).isEqualTo("rogun-dam");
	}

	@Test
	void announcesADraftsEditAsNotPublic() {
		Article article = stored(Start.DRAFT);
		article.retitle("The Rogun dam opens");
		article.markUpdated(NOW);
		assertThat(article.events()).singleElement().isInstanceOfSatisfying(ArticleChanged.class, (changed) -> {
			assertThat(changed.isPublic()).isFalse();
			assertThat(changed.parts()).containsExactly(ArticlePart.CARD);
		});
	}

	@Test
	void announcesNothingWhenTheEditsChangedNothing() {
		Article article = stored(Start.PUBLISHED);
		article.retitle(article.getTitle());
		article.rename(article.getSlug());
		article.writeStandfirst(article.getStandfirst());
		article.writeBody(SANITIZER.sanitize(article.getBody()));
		article.placeIn(article.getSection());
		article.tagWith(article.getTags());
		article.creditTo(article.getAuthors());
		article.illustrate(article.getFeaturedImage(), article.getImageCaption(), article.getImageCredit());
		article.describeForSearch(article.getSeoTitle(), article.getSeoDescription());
		article.markUpdated(NOW);
		assertThat(article.events()).isEmpty();
	}

	@Test
	void announcesOnlyOnceForOneSave() {
		Article article = stored(Start.PUBLISHED);
		article.retitle("The Rogun dam opens");
		article.markUpdated(NOW);
		assertThat(article.events()).hasSize(1);
		article.eventsPublished();
		assertThat(article.events()).isEmpty();
	}

	/** One edit of each part, away from what {@link #stored} gives the article. */
	enum Edit {

		TITLE(ArticlePart.CARD), STANDFIRST(ArticlePart.CARD), SECTION(ArticlePart.CARD), IMAGE(ArticlePart.CARD),
		BODY(ArticlePart.BODY), CAPTION(ArticlePart.BODY), SEARCH_DESCRIPTION(ArticlePart.BODY), SLUG(ArticlePart.SLUG),
		BYLINE(ArticlePart.BYLINES), TAGS(ArticlePart.TAGS);

		final ArticlePart part;

		Edit(ArticlePart part) {
			this.part = part;
		}

		void apply(Article article) {
			switch (this) {
				case TITLE -> article.retitle("The Rogun dam opens");
				case STANDFIRST -> article.writeStandfirst("Water at last.");
				case SECTION -> article.placeIn(withId(new Tag("kyrgyzstan", "Kyrgyzstan", TagKind.SECTION), 12L));
				case IMAGE -> article.illustrate(withId(new Media("b.jpg", "image/jpeg", 1, 1, 1, "B"), 22L),
						article.getImageCaption(), article.getImageCredit());
				case BODY -> article.writeBody(SANITIZER.sanitize("<p>Now.</p>"));
				case CAPTION ->
					article.illustrate(article.getFeaturedImage(), "The turbines", article.getImageCredit());
				case SEARCH_DESCRIPTION -> article.describeForSearch(null, "The dam, explained");
				case SLUG -> article.rename("rogun-dam-opens");
				case BYLINE -> article.creditTo(List.of(withId(new Author("timur", "Timur"), 32L)));
				case TAGS -> article.tagWith(Set.of(withId(new Tag("water", "Water", TagKind.TOPIC), 42L)));
			}
		}

	}

	// An article as loaded from the database: with its id, a section, a tag, a byline and
	// an image, and nothing yet to announce.
	private static Article stored(Start start) {
		Article article = start.article();
		ReflectionTestUtils.setField(article, "id", 7L);
		article.placeIn(withId(new Tag("tajikistan", "Tajikistan", TagKind.SECTION), 11L));
		article.tagWith(Set.of(withId(new Tag("energy", "Energy", TagKind.TOPIC), 41L)));
		article.creditTo(List.of(withId(new Author("aziza", "Aziza"), 31L)));
		article.illustrate(withId(new Media("a.jpg", "image/jpeg", 1, 1, 1, "A"), 21L), "The dam", "@depositphotos");
		article.writeStandfirst("Power for the valley.");
		article.writeBody(SANITIZER.sanitize("<p>Soon.</p>"));
		article.eventsPublished();
		return article;
	}

	private static <T> T withId(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

	private static void attempt(StatusChange change, Article article) {
		switch (change) {
			case SUBMIT -> article.submit();
			case SEND_BACK -> article.sendBack();
			case PUBLISH -> article.publish(NOW);
			case SCHEDULE -> article.schedule(TOMORROW, NOW);
			case UNPUBLISH -> article.unpublish(NOW);
			case ARCHIVE -> article.archive(NOW);
		}
	}

}
