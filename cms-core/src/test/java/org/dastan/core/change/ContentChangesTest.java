package org.dastan.core.change;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.ArticleChanged;
import org.dastan.core.article.ArticlePart;
import org.dastan.core.article.ArticlePublished;
import org.dastan.core.article.ArticleRefs;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.ArticleUnpublished;
import org.dastan.core.article.LeadStoryChanged;
import org.dastan.core.wxr.WordPressImported;
import org.dastan.core.author.AuthorChanged;
import org.dastan.core.media.MediaChanged;
import org.dastan.core.rate.CurrenciesChanged;
import org.dastan.core.rate.RateCorrected;
import org.dastan.core.rate.RatesImported;
import org.dastan.core.sidebar.AddWidget;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.SidebarChanged;
import org.dastan.core.sidebar.SidebarWidgets;
import org.dastan.core.sidebar.SwitchWidget;
import org.dastan.core.sidebar.WidgetDraft;
import org.dastan.core.sidebar.WidgetType;
import org.dastan.core.sidebar.WidgetView;
import org.dastan.core.suggest.SuggestedLinksChanged;
import org.dastan.core.tag.TagChanged;
import org.dastan.core.tag.TagsMerged;
import org.dastan.core.article.ViewCounter;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.internal.TagRepository;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every transaction that publishes an event changing what readers see writes one row to
 * the change log as it commits, with the keys of what shows it, and this node announces
 * it at once; a rolled-back one writes nothing; each node reads what another wrote.
 */
@SpringBootTest
@RecordApplicationEvents
class ContentChangesTest {

	private static final ArticleRefs ARAL_SEA = new ArticleRefs(41, "aral-sea", 7L, Set.of(7L, 8L), Set.of(3L));

	// Another node's save, as it reaches the database.
	private static final String ANOTHER_NODES_CHANGE = "insert into content_changes"
			+ " (content_keys, written_by, changed_at) values ('tag-7 navigation', 'node-b', current_timestamp)";

	private static final String CHANGE = "insert into content_changes (content_keys, written_by, changed_at)"
			+ " values (?, 'node-b', current_timestamp)";

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private ContentChanges contentChanges;

	@Autowired
	private SidebarWidgets widgets;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private ApplicationEvents events;

	@BeforeEach
	void pollFirst() {
		this.contentChanges.poll();
		this.events.clear();
	}

	@AfterEach
	void deleteContent() {
		this.jdbc.update("delete from sidebar_widgets");
		this.articles.deleteAll();
	}

	static Stream<Named<Object>> contentEvents() {
		LocalDate day = LocalDate.of(2026, 12, 2);
		return Stream
			.of(new ArticlePublished(ARAL_SEA), new ArticleUnpublished(ARAL_SEA),
					new ArticleChanged(41, true, Set.of(ArticlePart.CARD), ARAL_SEA, ARAL_SEA),
					new TagChanged(7, true, true), new TagsMerged(8, 7), new AuthorChanged(3, true),
					new MediaChanged(5), new RatesImported("NBK", Set.of("KZT"), Set.of(day)),
					new RateCorrected("KZT", "USD", day, new BigDecimal("0.00196"), new BigDecimal("0.00197"),
							"aigerim"),
					new CurrenciesChanged("KZT"), new SidebarChanged(4L), new SuggestedLinksChanged(41),
					new LeadStoryChanged(41, true), new WordPressImported(URI.create("https://old.example")))
			.map((event) -> Named.of(event.getClass().getSimpleName(), event));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contentEvents")
	void writesAndAnnouncesOnceForATransactionThatPublishes(Object event) {
		long before = changes();

		this.transaction.executeWithoutResult((status) -> this.publisher.publishEvent(event));

		assertThat(changes()).isEqualTo(before + 1);
		assertThat(this.events.stream(ContentChanged.class)).hasSize(1);
	}

	@Test
	void writesNothingForTheEditOfADraft() {
		long before = changes();

		this.transaction.executeWithoutResult((status) -> this.publisher
			.publishEvent(new ArticleChanged(41, false, Set.of(ArticlePart.BODY), ARAL_SEA, ARAL_SEA)));

		assertThat(changes()).isEqualTo(before);
		assertThat(this.events.stream(ContentChanged.class)).isEmpty();
	}

	@Test
	void writesOnceWithEveryKeyForATransactionThatPublishesSeveralEvents() {
		long before = changes();

		this.transaction.executeWithoutResult((status) -> {
			this.publisher.publishEvent(new TagChanged(7, true, false));
			this.publisher.publishEvent(new ArticleChanged(41, true, Set.of(ArticlePart.TAGS), ARAL_SEA, ARAL_SEA));
			this.publisher.publishEvent(new SidebarChanged(null));
		});

		assertThat(changes()).isEqualTo(before + 1);
		assertThat(this.events.stream(ContentChanged.class)).singleElement()
			.extracting(ContentChanged::keys)
			.isEqualTo(Set.of("tag-7", "article-41", "feeds", "tag-list-7", "tag-list-8", "sidebar"));
	}

	@Test
	void namesOnlyTheArticlesPageAndTheFeedsForAnEditOfItsBody() {
		this.publisher.publishEvent(new ArticleChanged(41, true, Set.of(ArticlePart.BODY), ARAL_SEA, ARAL_SEA));

		assertThat(this.events.stream(ContentChanged.class)).singleElement()
			.extracting(ContentChanged::keys)
			.isEqualTo(Set.of("article-41", "feeds"));
	}

	@Test
	void namesItsCardAndTheSectionsItLeftAndJoinedForAnEditOfItsSection() {
		ArticleRefs moved = new ArticleRefs(41, "aral-sea", 9L, Set.of(7L, 8L), Set.of(3L));

		this.publisher.publishEvent(new ArticleChanged(41, true, Set.of(ArticlePart.CARD), ARAL_SEA, moved));

		assertThat(this.events.stream(ContentChanged.class)).singleElement()
			.extracting(ContentChanged::keys)
			.isEqualTo(Set.of("article-41", "card-41", "feeds", "tag-list-7", "tag-list-9"));
	}

	@Test
	void namesEveryListAnArticleJoinsWhenPublished() {
		this.publisher.publishEvent(new ArticlePublished(ARAL_SEA));

		assertThat(this.events.stream(ContentChanged.class)).singleElement()
			.extracting(ContentChanged::keys)
			.isEqualTo(Set.of("article-41", "card-41", "latest", "feeds", "tag-list-7", "tag-list-8", "author-list-3"));
	}

	@Test
	void writesNothingForARolledBackChange() {
		long before = changes();

		this.transaction.executeWithoutResult((status) -> {
			this.publisher.publishEvent(new TagChanged(7, true, true));
			status.setRollbackOnly();
		});

		assertThat(changes()).isEqualTo(before);
		assertThat(this.events.stream(ContentChanged.class)).isEmpty();
	}

	@Test
	void writesNothingForAChangeThatFailsAsItCommits() {
		WidgetView latest = this.widgets.add(new AddWidget(WidgetType.LATEST,
				new WidgetDraft("Latest", Placement.ALL, 5, null, null, null, null, List.of(), List.of())));
		long before = changes();
		this.events.clear();

		// Another editor saved the widget meanwhile: found out only as the switch is
		// written, when the transaction commits.
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
				this.widgets.switchOn(new SwitchWidget(latest.id(), latest.version(), false));
				this.jdbc.update("update sidebar_widgets set version = version + 1 where id = ?", latest.id());
			}));

		assertThat(changes()).isEqualTo(before);
		assertThat(this.events.stream(ContentChanged.class)).isEmpty();
	}

	@Test
	void writesForAFeaturesOwnCommand() {
		long before = changes();

		this.widgets.add(new AddWidget(WidgetType.RATES,
				new WidgetDraft("Rates", Placement.ALL, null, null, null, null, null, List.of(), List.of())));

		assertThat(changes()).isEqualTo(before + 1);
		assertThat(this.events.stream(ContentChanged.class)).hasSize(1);
	}

	@Test
	void announcesOnlyOnceTheTransactionCommitted() {
		long before = changes();

		this.transaction.executeWithoutResult((status) -> {
			this.publisher.publishEvent(new MediaChanged(5));
			assertThat(this.events.stream(ContentChanged.class)).as("before the commit").isEmpty();
			assertThat(changes()).as("before the commit").isEqualTo(before);
		});

		assertThat(this.events.stream(ContentChanged.class)).as("after the commit").hasSize(1);
	}

	@Test
	void writesAndAnnouncesAtOnceOutsideATransaction() {
		long before = changes();

		this.publisher.publishEvent(new CurrenciesChanged("KZT"));

		assertThat(changes()).isEqualTo(before + 1);
		assertThat(this.events.stream(ContentChanged.class)).hasSize(1);
	}

	@Test
	void announcesAChangeCommittedHereOnceNotAgainAtThePoll() {
		this.publisher.publishEvent(new SidebarChanged(4L));
		this.contentChanges.poll();
		assertThat(this.events.stream(ContentChanged.class)).hasSize(1);

		// Another node's change together with one of this node's: announced at the poll.
		this.publisher.publishEvent(new SidebarChanged(4L));
		this.jdbc.update(ANOTHER_NODES_CHANGE);
		this.contentChanges.poll();
		assertThat(this.events.stream(ContentChanged.class)).hasSize(3);
	}

	@Test
	void announcesAChangeMadeByAnotherNodeAtTheNextPoll() {
		this.jdbc.update(ANOTHER_NODES_CHANGE);
		assertThat(this.events.stream(ContentChanged.class)).isEmpty();

		this.contentChanges.poll();

		assertThat(this.events.stream(ContentChanged.class)).singleElement()
			.extracting(ContentChanged::keys)
			.isEqualTo(Set.of("tag-7", "navigation"));
	}

	@Test
	void announcesAChangeThatCommitsAfterALaterNumberedOne() throws Exception {
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService slowSave = Executors.newSingleThreadExecutor();
		try {
			// Numbered first, committed second: the poll between the two commits skips
			// it.
			Future<?> first = slowSave.submit(() -> this.transaction.executeWithoutResult((status) -> {
				this.jdbc.update(CHANGE, "sidebar");
				written.countDown();
				awaitQuietly(commit);
			}));
			assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
			this.jdbc.update(CHANGE, "rates");
			this.contentChanges.poll();
			commit.countDown();
			first.get(10, TimeUnit.SECONDS);
			this.contentChanges.poll();
		}
		finally {
			slowSave.shutdownNow();
		}

		assertThat(this.events.stream(ContentChanged.class)).extracting(ContentChanged::keys)
			.containsExactly(Set.of("rates"), Set.of("sidebar"));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void dropsEverythingWhenTheLogWentBack() {
		this.publisher.publishEvent(new SidebarChanged(4L));
		this.contentChanges.poll();
		this.events.clear();
		this.jdbc.update("delete from content_changes");

		this.contentChanges.poll();

		assertThat(this.events.stream(ContentChanged.class)).extracting(ContentChanged::keys)
			.containsExactly(Set.of("all"));
	}

	private long changes() {
		return this.jdbc.queryForObject("select count(*) from content_changes", Long.class);
	}

}
