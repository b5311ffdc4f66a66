package org.dastan.core.rate.importing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.dastan.core.rate.feed.Samples;
import org.dastan.core.rate.internal.Currency;
import org.dastan.core.rate.internal.CurrencyRepository;
import org.dastan.core.rate.internal.Rate;
import org.dastan.core.rate.internal.RateRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The schedule, set to every second, imports from three banks on the loopback interface:
 * one answers a good document, one a truncated one, one is not there. The log shows each
 * result and only the good document's rates are stored. The context closes after the test
 * so that the schedule stops.
 */
@SpringBootTest(properties = { "dastan.rates.import-enabled=true", "dastan.rates.import-cron=* * * * * *",
		"dastan.rates.sources.cbu.enabled=false", "dastan.rates.sources.nbt.enabled=false" })
@DirtiesContext
class ScheduledImportTest {

	private static final BankServer bank = BankServer.start();

	@Autowired
	private RateImportRepository imports;

	@Autowired
	private RateRepository rates;

	@Autowired
	private CurrencyRepository currencies;

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void banks(DynamicPropertyRegistry registry) {
		byte[] nbk = Samples.bytes("nbk-get_rates-2026-04-01.xml");
		registry.add("dastan.rates.sources.cbr.url",
				() -> bank.serve("/cbr", Samples.bytes("cbr-XML_daily-2026-04-25.xml")).toString());
		registry.add("dastan.rates.sources.nbk.url",
				() -> bank.serve("/nbk", Arrays.copyOf(nbk, nbk.length - 40)).toString());
		registry.add("dastan.rates.sources.nbkr.url", () -> BankServer.unreachable().toString());
	}

	@AfterAll
	static void stopBank() {
		bank.close();
	}

	@BeforeEach
	void followTheRegionsCurrencies() {
		List<String> codes = List.of("KGS", "KZT", "TJS", "UZS", "TMT");
		for (int i = 0; i < codes.size(); i++) {
			this.currencies.save(new Currency(codes.get(i), codes.get(i), true, i + 1));
		}
		// A run that began before the currencies were there holds the lock for a while;
		// let the next second's run go ahead.
		new JdbcTemplate(this.dataSource).update("delete from shedlock");
	}

	@AfterEach
	void deleteEverything() {
		this.rates.deleteAll();
		this.imports.deleteAll();
		this.currencies.deleteAll();
	}

	@Test
	void logsEachSourcesResultAndStoresOnlyTheGoodDocument() {
		// Each source's run is logged as it ends: wait until all three have a log entry.
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(this.imports.findBySourceOrderByIdAsc("CBR"))
				.anySatisfy((run) -> assertThat(run.getAdded()).isEqualTo(5));
			assertThat(this.imports.findBySourceOrderByIdAsc("NBK")).isNotEmpty();
			assertThat(this.imports.findBySourceOrderByIdAsc("NBKR")).isNotEmpty();
		});

		RateImport cbr = this.imports.findBySourceOrderByIdAsc("CBR")
			.stream()
			.filter((run) -> run.getAdded() == 5)
			.findFirst()
			.orElseThrow();
		assertThat(cbr.isSucceeded()).isTrue();
		assertThat(cbr.getStartedBy()).isNull();
		assertThat(this.imports.findBySourceOrderByIdAsc("NBK")).isNotEmpty().allSatisfy((run) -> {
			assertThat(run.isSucceeded()).isFalse();
			assertThat(run.getMessage()).startsWith("NBK: the document is not well-formed XML");
		});
		assertThat(this.imports.findBySourceOrderByIdAsc("NBKR")).isNotEmpty().allSatisfy((run) -> {
			assertThat(run.isSucceeded()).isFalse();
			assertThat(run.getMessage()).startsWith("NBKR: could not fetch http://127.0.0.1:")
				.contains("Connection refused");
		});
		assertThat(this.imports.findBySourceOrderByIdAsc("CBU")).isEmpty();
		assertThat(this.rates.findAll()).extracting(Rate::getSource).containsOnly("CBR").hasSize(5);
	}

}
