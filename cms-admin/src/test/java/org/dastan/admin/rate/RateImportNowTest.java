package org.dastan.admin.rate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.rate.importing.RateImportRepository;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.RateRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Import now" against a bank on the loopback interface that holds its answer until the
 * test lets it go: the editor's request returns at once, the log says the import runs,
 * and shows its result when the bank has answered.
 */
@SpringBootTest(properties = { "dastan.rates.sources.cbr.enabled=false", "dastan.rates.sources.nbk.enabled=false",
		"dastan.rates.sources.nbkr.enabled=false", "dastan.rates.sources.cbu.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "dana", roles = "EDITOR")
class RateImportNowTest {

	private static final AtomicInteger requests = new AtomicInteger();

	private static volatile CountDownLatch release = new CountDownLatch(1);

	private static final LoopbackBank bank = LoopbackBank.nbt(() -> {
		requests.incrementAndGet();
		try {
			release.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	});

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CurrencyRepository currencies;

	@Autowired
	private RateRepository rates;

	@Autowired
	private RateImportRepository imports;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void tajikBank(DynamicPropertyRegistry registry) {
		bank.register(registry);
	}

	@AfterAll
	static void stopBank() {
		release.countDown();
		bank.stop();
	}

	@BeforeEach
	void currencies() {
		this.currencies.save(new Currency("KZT", "Kazakh tenge", true, 1));
		this.currencies.save(new Currency("TJS", "Tajik somoni", true, 2));
		this.currencies.save(new Currency("TMT", "Turkmen manat", true, 3));
	}

	@AfterEach
	void deleteEverything() {
		release.countDown();
		await().pollInSameThread()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !this.mvc.get()
				.uri("/admin/rates/imports")
				.exchange()
				.getResponse()
				.getContentAsString()
				.contains("Import running"));
		// ShedLock remembers that the lock's row exists, so the row stays and is freed.
		this.jdbc.update("update shedlock set lock_until = ?", Timestamp.from(Instant.now().minusSeconds(1)));
		this.rates.deleteAll();
		this.imports.deleteAll();
		this.currencies.deleteAll();
	}

	@Test
	void startsTheImportInTheBackgroundAndShowsItWhileItRunsAndWhenItEnds() throws Exception {
		release = new CountDownLatch(1);
		requests.set(0);

		long started = System.nanoTime();
		assertThat(this.mvc.post().uri("/admin/rates/imports").with(csrf())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/rates/imports");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> requests.get() == 1);

		assertThat(this.mvc.get().uri("/admin/rates/imports")).hasStatusOk()
			.bodyText()
			.contains("Import running", "disabled")
			.doesNotContain("table-info");
		// A second press while the bank is still slow starts nothing more.
		assertThat(this.mvc.post().uri("/admin/rates/imports").with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.imports.count()).isZero();

		release.countDown();

		await().pollInSameThread()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/admin/rates/imports")).bodyText()
				.contains("Import finished", "table-info", "NBT", "OK", "2026-05-18", "dana")
				.doesNotContain("Import running"));
		assertThat(requests.get()).isEqualTo(1);
		assertThat(this.imports.findAll()).singleElement().satisfies((run) -> {
			assertThat(run.isSucceeded()).isTrue();
			assertThat(run.getAdded()).isEqualTo(3);
		});
	}

	@Test
	void saysSoWhenAnotherImportHoldsTheLock() {
		release = new CountDownLatch(0);
		// The schedule's lock, held for the next ten minutes.
		Timestamp until = Timestamp.from(Instant.now().plusSeconds(600));
		if (this.jdbc.update(
				"update shedlock set lock_until = ?, locked_by = 'another node' where name = 'rate-import'",
				until) == 0) {
			this.jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)",
					"rate-import", until, Timestamp.from(Instant.now()), "another node");
		}

		assertThat(this.mvc.post().uri("/admin/rates/imports").with(csrf())).hasStatus(HttpStatus.FOUND);

		await().pollInSameThread()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/admin/rates/imports")).bodyText()
				.contains("Another import is running or has just run"));
		assertThat(this.imports.count()).isZero();
	}

}
