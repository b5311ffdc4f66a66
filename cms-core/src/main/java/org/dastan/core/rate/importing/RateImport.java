package org.dastan.core.rate.importing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One source's part of an import run, as the import log shows it: when, whether it
 * worked, what it stored, or why it failed.
 */
@Entity
@Table(name = "rate_imports")
public class RateImport {

	private static final int MAX_MESSAGE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String source;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	private boolean succeeded;

	@Column(name = "started_by")
	private String startedBy;

	@Column(name = "rate_date")
	private LocalDate rateDate;

	private int parsed;

	private int added;

	private int updated;

	private int unchanged;

	private String message;

	protected RateImport() {
	}

	private RateImport(String source, Instant startedAt, Instant finishedAt, String startedBy) {
		this.source = source;
		this.startedAt = startedAt;
		this.finishedAt = finishedAt;
		this.startedBy = startedBy;
	}

	static RateImport succeeded(String source, Instant startedAt, Instant finishedAt, String startedBy,
			StoredRates stored) {
		RateImport run = new RateImport(source, startedAt, finishedAt, startedBy);
		run.succeeded = true;
		run.rateDate = stored.rateDate();
		run.parsed = stored.parsed();
		run.added = stored.added();
		run.updated = stored.updated();
		run.unchanged = stored.unchanged();
		return run;
	}

	static RateImport failed(String source, Instant startedAt, Instant finishedAt, String startedBy, String problem) {
		RateImport run = new RateImport(source, startedAt, finishedAt, startedBy);
		run.message = (problem.length() > MAX_MESSAGE) ? problem.substring(0, MAX_MESSAGE - 1) + "…" : problem;
		return run;
	}

	public Long getId() {
		return this.id;
	}

	public String getSource() {
		return this.source;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public boolean isSucceeded() {
		return this.succeeded;
	}

	/** The editor who pressed "import now", or {@code null} for the schedule. */
	public String getStartedBy() {
		return this.startedBy;
	}

	public LocalDate getRateDate() {
		return this.rateDate;
	}

	/** How many rates the document held, of all currencies. */
	public int getParsed() {
		return this.parsed;
	}

	public int getAdded() {
		return this.added;
	}

	public int getUpdated() {
		return this.updated;
	}

	public int getUnchanged() {
		return this.unchanged;
	}

	public String getMessage() {
		return this.message;
	}

}
