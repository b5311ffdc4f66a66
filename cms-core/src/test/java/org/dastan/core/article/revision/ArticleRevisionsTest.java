package org.dastan.core.article.revision;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.revision.BlockChange.Change;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.internal.TagRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Revisions as Envers records them on commit: each test saves in committed transactions,
 * as a given user, the way the admin does.
 */
@SpringBootTest
class ArticleRevisionsTest {

	private static final Instant PUBLISHED = Instant.parse("2026-01-10T08:00:00Z");

	@Autowired
	private ArticleRevisions revisions;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TagRepository tags;

	@Autowired
	private TransactionTemplate transactions;

	private final HtmlSanitizer sanitizer = new HtmlSanitizer();

	@AfterEach
	void deleteEverything() {
		SecurityContextHolder.clearContext();
		this.articles.deleteAll();
		this.tags.deleteAll();
	}

	@Test
	void recordsEachSaveAsOneRevisionWithWhoSavedIt() {
		long id = create("aigerim", "grain-exports", "Grain exports rise", "<p>Wheat leaves Aktau.</p>");
		edit("bolat", id, (article) -> {
			article.retitle("Grain exports rise again");
			article.writeStandfirst("Record volumes.");
		});
		edit(null, id, (article) -> article.describeForSearch("Grain exports", article.getSeoDescription()));

		List<RevisionSummary> history = this.revisions.history(id);
		assertThat(history).extracting(RevisionSummary::username).containsExactly(null, "bolat", "aigerim");
		assertThat(history).extracting(RevisionSummary::title)
			.containsExactly("Grain exports rise again", "Grain exports rise again", "Grain exports rise");
		assertThat(history).extracting(RevisionSummary::version).containsExactly(2L, 1L, 0L);
		assertThat(history.get(0).number()).isGreaterThan(history.get(1).number());
		assertThat(this.revisions.latestRevision(id)).contains(history.get(0).number());
	}

	@Test
	void tellsCreationEditsAndStatusChangesApart() {
		long id = create("aigerim", "cotton", "Cotton harvest", "<p>Fields are busy.</p>");
		edit("aigerim", id, (article) -> article.retitle("Cotton harvest begins"));
		edit("editor", id, (article) -> article.publish(PUBLISHED));

		assertThat(this.revisions.history(id)).extracting(RevisionSummary::kind)
			.containsExactly(RevisionKind.STATUS_CHANGED, RevisionKind.EDITED, RevisionKind.CREATED);
		assertThat(this.revisions.history(id).get(0).status()).isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	void showsChangedTitleAndRemovedAndAddedWordsOfTheBody() {
		long id = create("aigerim", "rail", "Rail link opens",
				"<h2>The line</h2><p>The quick brown train left Almaty.</p><p>Tickets are cheap.</p>");
		edit("bolat", id, (article) -> {
			article.retitle("Rail link opens early");
			article.writeBody(this.sanitizer.sanitize(
					"<h2>The line</h2><p>The slow red train left Almaty.</p><p>Tickets are cheap.</p><blockquote><p>A new era.</p></blockquote>"));
		});
		List<RevisionSummary> history = this.revisions.history(id);

		RevisionDiff diff = this.revisions.compare(id, history.get(1).number(), history.get(0).number());

		assertThat(diff.fields()).singleElement().satisfies((title) -> {
			assertThat(title.field()).isEqualTo(RevisionField.text("title"));
			assertThat(title.before()).isEqualTo("Rail link opens");
			assertThat(title.after()).isEqualTo("Rail link opens early");
			assertThat(title.words()).filteredOn(Segment::isAdded).extracting(Segment::text).containsExactly(" early");
		});
		assertThat(diff.body()).extracting(BlockChange::change)
			.containsExactly(Change.UNCHANGED, Change.CHANGED, Change.UNCHANGED, Change.ADDED);
		List<Segment> edited = diff.body().get(1).segments();
		assertThat(edited).filteredOn(Segment::isRemoved).extracting(Segment::text).containsExactly("quick brown");
		assertThat(edited).filteredOn(Segment::isAdded).extracting(Segment::text).containsExactly("slow red");
		assertThat(diff.body().get(3).kind()).isEqualTo(BlockKind.QUOTE);
		assertThat(diff.from().username()).isEqualTo("aigerim");
		assertThat(diff.to().username()).isEqualTo("bolat");
	}

	@Test
	void comparesInEitherOrder() {
		long id = create("aigerim", "dam", "Dam", "<p>One.</p>");
		edit("aigerim", id, (article) -> article.writeBody(this.sanitizer.sanitize("<p>Two.</p>")));
		List<RevisionSummary> history = this.revisions.history(id);

		RevisionDiff backwards = this.revisions.compare(id, history.get(0).number(), history.get(1).number());

		assertThat(backwards.from().number()).isEqualTo(history.get(1).number());
		assertThat(backwards.body()).extracting(BlockChange::change).containsExactly(Change.REMOVED, Change.ADDED);
	}

	@Test
	void keepsMarkupTypedAsTextAsPlainTextInTheDiff() {
		long id = create("aigerim", "xss", "Safe", "<p>Hello.</p>");
		edit("bolat", id, (article) -> article.writeBody(
				this.sanitizer.sanitize("<p>Hello. &lt;script&gt;alert(1)&lt;/script&gt;</p><script>x()</script>")));
		List<RevisionSummary> history = this.revisions.history(id);

		RevisionDiff diff = this.revisions.compare(id, history.get(1).number(), history.get(0).number());

		assertThat(diff.body()).singleElement()
			.satisfies((block) -> assertThat(block.segments()).filteredOn(Segment::isAdded)
				.extracting(Segment::text)
				.containsExactly(" <script>alert(1)</script>"));
	}

	@Test
	void restoresAnOldTitleAndBodyAsANewRevisionWithoutTouchingTheStatus() {
		long id = create("aigerim", "oil", "Oil output falls", "<p>Kashagan slows.</p>");
		int first = this.revisions.latestRevision(id).orElseThrow();
		edit("bolat", id, (article) -> {
			article.retitle("Oil output collapses");
			article.writeBody(this.sanitizer.sanitize("<p>Kashagan stops.</p>"));
		});
		edit("editor", id, (article) -> article.publish(PUBLISHED));

		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("chief", null, List.of()));
		RestoredRevision restored = this.revisions.restore(id, first).orElseThrow();

		Article article = this.articles.findById(id).orElseThrow();
		assertThat(article.getTitle()).isEqualTo("Oil output falls");
		assertThat(article.getBody()).isEqualTo("<p>Kashagan slows.</p>");
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getPublishedAt()).isEqualTo(PUBLISHED);
		RevisionSummary latest = this.revisions.history(id).get(0);
		assertThat(latest.number()).isEqualTo(restored.revision());
		assertThat(latest.kind()).isEqualTo(RevisionKind.RESTORED);
		assertThat(latest.restoredFrom()).isEqualTo(first);
		assertThat(latest.username()).isEqualTo("chief");
		assertThat(restored.keptCurrent()).isEmpty();
		assertThat(this.revisions.history(id)).hasSize(4);
	}

	@Test
	void restoresNothingWhenTheArticleAlreadyReadsLikeTheRevision() {
		long id = create("aigerim", "same", "Same", "<p>Same.</p>");
		int first = this.revisions.latestRevision(id).orElseThrow();
		edit("editor", id, (article) -> article.publish(PUBLISHED));

		assertThat(this.revisions.restore(id, first)).isEmpty();
		assertThat(this.revisions.history(id)).hasSize(2);
	}

	@Test
	void restoringAnOldSlugKeepsTheCurrentOneAsAFormerSlug() {
		long id = create("aigerim", "first-slug", "Slugs", "<p>Text.</p>");
		int first = this.revisions.latestRevision(id).orElseThrow();
		edit("aigerim", id, (article) -> article.rename("second-slug"));

		this.revisions.restore(id, first).orElseThrow();

		Article article = this.articles.findById(id).orElseThrow();
		assertThat(article.getSlug()).isEqualTo("first-slug");
		assertThat(this.articles.findSlugByFormerSlug("second-slug")).contains("first-slug");
	}

	@Test
	void keepsTheCurrentSlugWhenAnotherArticleNowHasTheOldOne() {
		long id = create("aigerim", "taken", "Slugs", "<p>Text.</p>");
		int first = this.revisions.latestRevision(id).orElseThrow();
		edit("aigerim", id, (article) -> {
			article.rename("moved");
			article.retitle("Moved");
		});
		create("bolat", "taken", "Someone else", "<p>Other.</p>");

		RestoredRevision restored = this.revisions.restore(id, first).orElseThrow();

		Article article = this.articles.findById(id).orElseThrow();
		assertThat(article.getSlug()).isEqualTo("moved");
		assertThat(article.getTitle()).isEqualTo("Slugs");
		assertThat(restored.keptCurrent()).containsExactly(RevisionField.SLUG);
	}

	@Test
	void keepsTheCurrentSectionWhenTheOldOneWasDeleted() {
		Tag gone = this.tags.save(new Tag("gone", "Gone", TagKind.SECTION));
		Tag kept = this.tags.save(new Tag("kazakhstan", "Kazakhstan", TagKind.SECTION));
		long id = create("aigerim", "sections", "Sections", "<p>Text.</p>");
		edit("aigerim", id, (article) -> article.placeIn(gone));
		int withGone = this.revisions.latestRevision(id).orElseThrow();
		edit("aigerim", id, (article) -> {
			article.placeIn(kept);
			article.retitle("Sections moved");
		});
		this.tags.delete(gone);

		RevisionDiff diff = this.revisions.compareWithCurrent(id, withGone);
		RestoredRevision restored = this.revisions.restore(id, withGone).orElseThrow();

		assertThat(diff.fields()).extracting(FieldChange::field)
			.containsExactly(RevisionField.text("title"), RevisionField.SECTION);
		assertThat(diff.fields().get(1).after()).isEqualTo("Kazakhstan");
		assertThat(restored.keptCurrent()).containsExactly(RevisionField.SECTION);
		String section = this.transactions
			.execute((status) -> this.articles.findById(id).orElseThrow().getSection().getName());
		assertThat(section).isEqualTo("Kazakhstan");
	}

	@Test
	void showsWhatOthersChangedSinceARevision() {
		long id = create("aigerim", "conflict", "Before", "<p>Text.</p>");
		int opened = this.revisions.latestRevision(id).orElseThrow();
		edit("bolat", id, (article) -> article.retitle("After"));

		RevisionDiff since = this.revisions.compareWithCurrent(id, opened);

		assertThat(since.from().number()).isEqualTo(opened);
		assertThat(since.to().username()).isEqualTo("bolat");
		assertThat(since.fields()).extracting(FieldChange::after).containsExactly("After");
		assertThat(since.bodyChanged()).isFalse();
	}

	@Test
	void refusesUnknownArticlesAndRevisionsOfOtherArticles() {
		long id = create("aigerim", "one", "One", "<p>One.</p>");
		long other = create("aigerim", "two", "Two", "<p>Two.</p>");
		int ofOther = this.revisions.latestRevision(other).orElseThrow();
		int own = this.revisions.latestRevision(id).orElseThrow();

		assertThatExceptionOfType(RevisionNotFoundException.class).isThrownBy(() -> this.revisions.history(-1));
		assertThatExceptionOfType(RevisionNotFoundException.class)
			.isThrownBy(() -> this.revisions.compare(id, own, ofOther));
		assertThatExceptionOfType(RevisionNotFoundException.class)
			.isThrownBy(() -> this.revisions.restore(id, ofOther));
		assertThat(this.revisions.latestRevision(-1)).isEmpty();
	}

	private long create(String username, String slug, String title, String body) {
		return as(username, () -> {
			Article article = new Article(slug, title);
			article.writeBody(this.sanitizer.sanitize(body));
			return this.articles.save(article).getId();
		});
	}

	private void edit(String username, long id, Consumer<Article> change) {
		as(username, () -> {
			change.accept(this.articles.findById(id).orElseThrow());
			return null;
		});
	}

	private <T> T as(String username, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication((username != null)
					? UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()) : null);
		try {
			return this.transactions.execute((status) -> work.get());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
