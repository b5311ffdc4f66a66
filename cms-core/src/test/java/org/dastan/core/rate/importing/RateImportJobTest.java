package org.dastan.core.rate.importing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.dastan.core.rate.feed.Samples;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.RateRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes start the import at the same moment: the database lock lets one import and
 * turns the other away.
 */
@SpringBootTest(properties = { "dastan.rates.import-enabled=false", "dastan.rates.sources.cbr.enabled=false",
		"dastan.rates.sources.nbk.enabled=false", "dastan.rates.sources.nbkr.enabled=false",
		"dastan.rates.sources.cbu.enabled=false" })
class RateImportJobTest {

	private static final BankServer bank = BankServer.start();

	private static final CountDownLatch requested = new CountDownLatch(1);

	private static final CountDownLatch answer = new CountDownLatch(1);

	@Autowired
	private RateImportJob job;

	@Autowired
	private RateImporter importer;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private RateImportRepository imports;

	@Autowired
	private RateRepository rates;

	@Autowired
	private CurrencyRepository currencies;

	@DynamicPropertySource
	static void slowBank(DynamicPropertyRegistry registry) {
		registry.add("dastan.rates.sources.nbt.url",
				() -> bank.serveWhenReleased("/nbt", Samples.bytes("nbt-export_xml-2026-05-18.xml"), requested, answer)
					.toString());
	}

	@AfterAll
	static void stopBank() {
		bank.close();
	}

	@BeforeEach
	void followTheSomoni() {
		this.currencies.save(new Currency("TJS", "Tajik somoni", true, 1));
	}

	@AfterEach
	void deleteEverything() {
		new JdbcTemplate(this.dataSource).update("delete from shedlock");
		this.rates.deleteAll();
		this.imports.deleteAll();
		this.currencies.deleteAll();
	}

	@Test
	void twoNodesStartingTogetherImportOnce() throws Exception {
		RateImportJob otherNode = new RateImportJob(
				new DefaultLockingTaskExecutor(new RateImportConfiguration().lockProvider(this.dataSource)),
				this.importer);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<Optional<List<RateImport>>> first = nodes.submit(() -> this.job.runOnce("first"));
			assertThat(requested.await(30, TimeUnit.SECONDS)).isTrue();

			Future<Optional<List<RateImport>>> second = nodes.submit(() -> otherNode.runOnce("second"));
			assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();
			answer.countDown();

			assertThat(first.get(30, TimeUnit.SECONDS)).hasValueSatisfying((runs) -> assertThat(runs).singleElement()
				.satisfies((run) -> assertThat(run.isSucceeded()).isTrue()));
		}
		finally {
			answer.countDown();
			nodes.shutdownNow();
		}
		assertThat(this.imports.findAll()).singleElement().satisfies((run) -> {
			assertThat(run.getStartedBy()).isEqualTo("first");
			assertThat(run.getAdded()).isEqualTo(1);
		});
		assertThat(this.rates.count()).isEqualTo(1);
	}

}
