package org.dastan.core.change;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.ViewCounter;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.tag.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagRepository;
import org.dastan.core.user.Role;
import org.dastan.core.user.UserAccount;
import org.dastan.core.user.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every transaction that changes content moves the content version once, whatever it
 * saved; what is not content leaves it; each node notices a move made by another.
 */
@SpringBootTest
@RecordApplicationEvents
class ContentVersionTest {

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TagRepository tags;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private ViewCounter views;

	@Autowired
	private AuditLog audit;

	@Autowired
	private ContentVersion contentVersion;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private ApplicationEvents events;

	@AfterEach
	void deleteContent() {
		this.articles.deleteAll();
		this.tags.deleteAll();
		this.users.deleteAll();
	}

	@Test
	void movesOnceForATransactionThatSavesSeveralThings() {
		long before = version();

		this.transaction.executeWithoutResult((status) -> {
			Tag tag = this.tags.save(new Tag("water", "Water", TagKind.TOPIC));
			Article article = new Article("aral-sea", "The Aral Sea comes back");
			article.tagWith(Set.of(tag));
			this.articles.save(article);
		});

		assertThat(version()).isEqualTo(before + 1);
	}

	@Test
	void movesForAnEditAndADeletion() {
		Article article = this.articles.save(new Article("dam", "A dam on the Vakhsh"));
		long before = version();

		article.retitle("The Rogun dam on the Vakhsh");
		article = this.articles.save(article);
		this.articles.delete(article);

		assertThat(version()).isEqualTo(before + 2);
	}

	@Test
	void staysForARolledBackChange() {
		long before = version();

		this.transaction.executeWithoutResult((status) -> {
			this.tags.save(new Tag("cotton", "Cotton", TagKind.TOPIC));
			status.setRollbackOnly();
		});

		assertThat(version()).isEqualTo(before);
	}

	@Test
	void staysForStaffAccountsAndViews() {
		Article article = new Article("nomad-games", "Nomad games");
		article.publish(Instant.now().minusSeconds(60));
		long id = this.articles.save(article).getId();
		long before = version();

		this.users.save(new UserAccount("editor", "Editor", "{noop}secret", Set.of(Role.EDITOR)));
		this.views.record(id);
		this.views.flush();

		assertThat(version()).isEqualTo(before);
	}

	@Test
	void staysForSignInsRecordedInTheAuditLog() {
		long before = version();

		this.audit.record(AuditKind.SIGN_IN, "editor", "127.0.0.1", "login", null, "ok");

		assertThat(version()).isEqualTo(before);
	}

	@Test
	void announcesAChangeCommittedHereAtOnce() {
		this.events.clear();

		this.tags.save(new Tag("steppe", "Steppe", TagKind.TOPIC));

		assertThat(this.events.stream(ContentChanged.class)).isNotEmpty();
	}

	@Test
	void announcesAChangeCommittedHereOnceNotAgainAtThePoll() {
		this.contentVersion.poll();
		this.events.clear();

		this.tags.save(new Tag("pamir", "Pamir", TagKind.TOPIC));
		this.contentVersion.poll();
		assertThat(this.events.stream(ContentChanged.class)).hasSize(1);

		// Another node's change together with one of this node's: announced at the poll.
		this.tags.save(new Tag("wakhan", "Wakhan", TagKind.TOPIC));
		this.jdbc.update(ContentChangeListener.BUMP);
		this.contentVersion.poll();
		assertThat(this.events.stream(ContentChanged.class)).hasSize(3);
	}

	@Test
	void announcesAChangeMadeByAnotherNodeAtTheNextPoll() {
		this.contentVersion.poll();
		this.events.clear();

		this.jdbc.update(ContentChangeListener.BUMP);
		this.contentVersion.poll();

		assertThat(this.events.stream(ContentChanged.class)).singleElement()
			.extracting(ContentChanged::version)
			.isEqualTo(version());
	}

	@Test
	void announcesAScheduledArticleWhenItsTimeComes() {
		Instant due = Instant.now().plusSeconds(5);
		Article article = new Article("election-day", "Election day");
		article.schedule(due, Instant.now());
		this.articles.save(article);
		this.contentVersion.poll();
		this.events.clear();

		this.contentVersion.poll();
		assertThat(this.events.stream(ContentChanged.class)).isEmpty();

		await().atMost(Duration.ofSeconds(15)).until(() -> {
			this.contentVersion.poll();
			return this.events.stream(ContentChanged.class).count() == 1;
		});
		assertThat(Instant.now()).isAfterOrEqualTo(due);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from content_version where id = 1", Long.class);
	}

}
