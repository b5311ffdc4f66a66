package org.dastan.core.rate;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import org.dastan.core.rate.feed.Bank;

/**
 * Settings of the rates: when and where from they are imported, and when the ticker calls
 * a rate stale.
 *
 * @param importEnabled whether the import runs on its schedule ("import now" works either
 * way)
 * @param importCron when it runs (six fields, seconds first), in the newsroom's time zone
 * @param staleAfterDays a ticker rate dated more than this many days before today is
 * marked stale
 * @param connectTimeout how long to wait for a bank's server to accept the connection
 * @param readTimeout how long to wait for the next bytes of its answer
 * @param maxDocumentSize the largest document read from a bank; the parsers refuse more
 * than 5 MB in any case
 * @param sources per bank ({@code cbr}, {@code nbk}, {@code nbkr}, {@code cbu},
 * {@code nbt}): {@code url} and {@code enabled}; a bank left out is read from its public
 * address
 * @param confirmChangeAbove a rate entered by hand that moves more than this many percent
 * from the last rate of its currency is saved only once the editor confirms it (a tenge
 * typed per dollar, 508.2 instead of 0.00197, is a jump of millions of percent)
 */
@ConfigurationProperties("dastan.rates")
@Validated
public record RateProperties(@DefaultValue("true") boolean importEnabled,
		@DefaultValue("0 15 * * * *") @NotNull String importCron,
		@DefaultValue("3") @Min(0) @Max(365) int staleAfterDays, @DefaultValue("10s") @NotNull Duration connectTimeout,
		@DefaultValue("30s") @NotNull Duration readTimeout, @DefaultValue("5MB") @NotNull DataSize maxDocumentSize,
		Map<Bank, @Valid Source> sources, @DefaultValue("20") @NotNull @Positive BigDecimal confirmChangeAbove) {

	public RateProperties {
		Map<Bank, Source> complete = new EnumMap<>(Bank.class);
		for (Bank bank : Bank.values()) {
			Source given = (sources != null) ? sources.get(bank) : null;
			complete.put(bank, new Source((given != null && given.url() != null) ? given.url() : bank.defaultUrl(),
					given == null || given.enabled() == null || given.enabled()));
		}
		sources = Map.copyOf(complete);
	}

	@AssertTrue(message = "dastan.rates.import-cron must be a cron expression with six fields, e.g. 0 15 * * * *")
	public boolean isImportCronValid() {
		return CronExpression.isValidExpression(this.importCron);
	}

	public Source source(Bank bank) {
		return this.sources.get(bank);
	}

	/**
	 * Where a bank's feed is read from, and whether it is.
	 *
	 * @param url an http or https address; {@code {date}} in it becomes today's date
	 * @param enabled {@code false} leaves the bank out of every import
	 */
	public record Source(String url, Boolean enabled) {

		@AssertTrue(message = "a rate source's url must be an http or https address")
		public boolean isWebAddress() {
			try {
				URI uri = new URI(this.url.replace("{date}", "2026-01-01"));
				return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
