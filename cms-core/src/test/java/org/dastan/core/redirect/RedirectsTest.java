package org.dastan.core.redirect;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.author.AuthorDraft;
import org.dastan.core.author.AuthorService;
import org.dastan.core.author.AuthorView;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.redirect.ImportLine.Outcome;
import org.dastan.core.redirect.internal.HitCounter;
import org.dastan.core.redirect.internal.RedirectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Redirects against the real database: what readers are sent to, the rules that keep
 * every redirect one hop, slug changes that feed them, hits and CSV.
 */
@SpringBootTest
@RecordApplicationEvents
class RedirectsTest {

	@Autowired
	private Redirects redirects;

	@Autowired
	private RedirectLookup lookup;

	@Autowired
	private HitCounter hits;

	@Autowired
	private RedirectRepository stored;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private AuthorService authors;

	@Autowired
	private AuthorRepository authorRows;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationEvents events;

	// Other tests rename authors, which leaves redirects.
	@BeforeEach
	@AfterEach
	void deleteEverything() {
		this.stored.deleteAll();
		this.articles.deleteAll();
		this.authorRows.deleteAll();
	}

	@Test
	void sendsReadersOnFromOldPathsWithOrWithoutTheirQueryAndTrailingSlash() {
		this.redirects.add(new RedirectDraft("/index.php/news/12345-rogun-dam", "/articles/rogun-dam", 301));
		this.redirects.add(new RedirectDraft("/?p=123", "https://example.com/story", 302));

		assertThat(this.lookup.find("/index.php/news/12345-rogun-dam/", null))
			.contains(new RedirectTarget("/articles/rogun-dam", 301));
		assertThat(this.lookup.find("/index.php/news/12345-rogun-dam", "utm_source=x"))
			.contains(new RedirectTarget("/articles/rogun-dam", 301));
		assertThat(this.lookup.find("/index.php/news/12345-Rogun-dam", null)).isEmpty();
		assertThat(this.lookup.findHome("p=123&utm_source=x"))
			.contains(new RedirectTarget("https://example.com/story", 302));
		assertThat(this.lookup.findHome("p=124")).isEmpty();
		assertThat(this.events.stream(RedirectsChanged.class)).hasSize(2);
	}

	@Test
	void countsHitsInMemoryAndWritesThemInOneFlush() {
		RedirectEntry entry = this.redirects.add(new RedirectDraft("/old", "/new", 301)).entry();
		for (int i = 0; i < 3; i++) {
			assertThat(this.lookup.find("/old", null)).isPresent();
		}
		this.hits.flush();
		RedirectEntry counted = this.redirects.find(entry.id()).orElseThrow();
		assertThat(counted.hits()).isEqualTo(3);
		assertThat(counted.lastHitAt()).isNotNull();
		// An admin's save keeps the hits the counter wrote.
		this.redirects.update(entry.id(), counted.version(), new RedirectDraft("/old", "/newer", 302));
		assertThat(this.redirects.find(entry.id()).orElseThrow().hits()).isEqualTo(3);
	}

	@Test
	void refusesLoopsSelfRedirectsDuplicatesAndLivePagesNextToTheField() {
		this.redirects.add(new RedirectDraft("/b", "/a", 301));
		assertRefused(new RedirectDraft("/a", "/b", 301), "to", "redirect.to.loop");
		assertRefused(new RedirectDraft("/c/", "/c", 301), "to", "redirect.to.self");
		assertRefused(new RedirectDraft("/b/", "/x", 301), "from", "redirect.from.taken");
		assertRefused(new RedirectDraft("/", "/x", 301), "from", "redirect.from.live");
		assertRefused(new RedirectDraft("/?page=2", "/x", 301), "from", "redirect.from.live");
		publish("live-story");
		assertRefused(new RedirectDraft("/articles/live-story", "/x", 301), "from", "redirect.from.live");
		assertThat(this.stored.count()).isEqualTo(1);
	}

	@Test
	void collapsesChainsWhicheverRedirectComesFirst() {
		this.redirects.add(new RedirectDraft("/a", "/b", 301));
		this.redirects.add(new RedirectDraft("/b", "/c", 301));
		SavedRedirect third = this.redirects.add(new RedirectDraft("/z", "/a", 302));

		assertThat(third.via()).isEqualTo("/a");
		assertThat(this.stored.findAllByOrderByOldPath()).extracting("oldPath", "target")
			.containsExactly(tuple("/a", "/c"), tuple("/b", "/c"), tuple("/z", "/c"));
	}

	@Test
	void aPublishedArticlesSlugChangeLeadsItsOldAddressAndTheRedirectsToItToTheNewOne() {
		long id = publish("old-slug");
		this.redirects.add(new RedirectDraft("/index.php/news/7-old-slug", "/articles/old-slug", 301));

		rename(id, "new-slug");

		assertThat(this.stored.findAllByOrderByOldPath()).extracting("oldPath", "target", "status")
			.containsExactly(tuple("/articles/old-slug", "/articles/new-slug", 301),
					tuple("/index.php/news/7-old-slug", "/articles/new-slug", 301));

		// Back again: the address that is live once more loses its redirect, no loop.
		rename(id, "old-slug");
		assertThat(this.stored.findAllByOrderByOldPath()).extracting("oldPath", "target")
			.containsExactly(tuple("/articles/new-slug", "/articles/old-slug"),
					tuple("/index.php/news/7-old-slug", "/articles/old-slug"));
	}

	@Test
	void anAuthorsNewSlugLeadsTheOldAddressThere() {
		AuthorView author = this.authors.create(new AuthorDraft("Aigerim Seitkali", "aigerim", null, null, null, null));
		this.authors.update(author.id(), author.version(),
				new AuthorDraft("Aigerim Seitkali", "aigerim-seitkali", null, null, null, null));

		assertThat(this.lookup.find("/authors/aigerim", null))
			.contains(new RedirectTarget("/authors/aigerim-seitkali", 301));
	}

	@Test
	void importsACsvLineByLineReportingWhatItRefusedAndWhy() throws Exception {
		this.redirects.add(new RedirectDraft("/kept", "/somewhere", 301));
		String csv = """
				from,to,status
				/?p=1,/articles/one,301
				/kept,/elsewhere,302
				"/?cat=2&x=1",https://example.com/a,
				no-slash,/x,301
				/y,javascript:alert(1),301
				/z,/x,307
				/too,many,columns,here
				"/open,/x,301
				/loop,/loop/,301

				/?p=1,/articles/one,301
				""";

		ImportReport report = this.redirects.importCsv(new StringReader(csv));

		assertThat(report.lines()).extracting(ImportLine::number, ImportLine::outcome, ImportLine::reason)
			.containsExactly(tuple(2, Outcome.ADDED, null), tuple(3, Outcome.UPDATED, null),
					tuple(4, Outcome.ADDED, null), tuple(5, Outcome.REFUSED, "redirect.from.path"),
					tuple(6, Outcome.REFUSED, "redirect.to.address"), tuple(7, Outcome.REFUSED, "redirect.status.bad"),
					tuple(8, Outcome.REFUSED, "redirect.import.columns"),
					tuple(9, Outcome.REFUSED, "redirect.import.columns"),
					tuple(10, Outcome.REFUSED, "redirect.to.self"), tuple(12, Outcome.UNCHANGED, null));
		assertThat(this.lookup.findHome("cat=2&x=1")).contains(new RedirectTarget("https://example.com/a", 301));

		StringWriter exported = new StringWriter();
		this.redirects.exportCsv(exported);
		assertThat(exported.toString()).isEqualTo("""
				from,to,status\r
				/?cat=2&x=1,https://example.com/a,301\r
				/?p=1,/articles/one,301\r
				/kept,/elsewhere,302\r
				""");
	}

	private void assertRefused(RedirectDraft draft, String field, String code) {
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(() -> this.redirects.add(draft))
			.satisfies((ex) -> assertThat(List.of(ex.field(), ex.code())).containsExactly(field, code));
	}

	private long publish(String slug) {
		Article article = new Article(slug, "Story " + slug);
		article.publish(Instant.now().minusSeconds(3600));
		return this.articles.save(article).getId();
	}

	private void rename(long id, String slug) {
		this.transactions.executeWithoutResult((status) -> {
			Article article = this.articles.findById(id).orElseThrow();
			Hibernate.initialize(article.getTags());
			Hibernate.initialize(article.getAuthors());
			article.rename(slug);
			this.articles.save(article);
		});
	}

}
