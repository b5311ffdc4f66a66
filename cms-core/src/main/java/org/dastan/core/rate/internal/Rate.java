package org.dastan.core.rate.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The price of one unit of a currency in a base currency on a date, as one source
 * published it.
 */
@Entity
@Table(name = "rates")
public class Rate {

	/** The source of rates an editor entered or corrected by hand. */
	public static final String MANUAL = "MANUAL";

	/** The decimals the database keeps of a value. */
	public static final int SCALE = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Pattern(regexp = "^[A-Z]{3}$")
	private String currency;

	@Pattern(regexp = "^[A-Z]{3}$")
	@Column(name = "base_currency")
	private String baseCurrency;

	@NotNull
	@Column(name = "rate_date")
	private LocalDate rateDate;

	@NotNull
	@Positive
	@Column(name = "rate_value", precision = 24, scale = SCALE)
	private BigDecimal value;

	@NotBlank
	@Size(max = 40)
	private String source;

	@NotNull
	@Column(name = "fetched_at")
	private Instant fetchedAt;

	@Size(max = 100)
	@Column(name = "corrected_by")
	private String correctedBy;

	@Column(name = "corrected_at")
	private Instant correctedAt;

	@Version
	private Long version;

	protected Rate() {
	}

	public Rate(String currency, String baseCurrency, LocalDate rateDate, BigDecimal value, String source,
			Instant fetchedAt) {
		this.currency = currency;
		this.baseCurrency = baseCurrency;
		this.rateDate = rateDate;
		this.value = value;
		this.source = source;
		this.fetchedAt = fetchedAt;
	}

	/** A rate an editor enters by hand; it wins over imported rates of its date. */
	public static Rate manual(String currency, String baseCurrency, LocalDate rateDate, BigDecimal value, String editor,
			Instant at) {
		Rate rate = new Rate(currency, baseCurrency, rateDate, value, MANUAL, at);
		rate.correctedBy = editor;
		rate.correctedAt = at;
		return rate;
	}

	/** Takes the value a source published again for the same date, if it changed. */
	public boolean revise(BigDecimal newValue, Instant at) {
		if (this.value.compareTo(newValue) == 0) {
			return false;
		}
		this.value = newValue;
		this.fetchedAt = at;
		return true;
	}

	/** An editor's correction of a manual rate, recorded with who and when. */
	public void correct(BigDecimal newValue, String editor, Instant at) {
		if (!MANUAL.equals(this.source)) {
			throw new IllegalStateException(
					"Only manual rates are corrected in place; imported ones stay as published");
		}
		this.value = newValue;
		this.fetchedAt = at;
		this.correctedBy = editor;
		this.correctedAt = at;
	}

	public boolean isManual() {
		return MANUAL.equals(this.source);
	}

	public String getCorrectedBy() {
		return this.correctedBy;
	}

	public Instant getCorrectedAt() {
		return this.correctedAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getCurrency() {
		return this.currency;
	}

	public String getBaseCurrency() {
		return this.baseCurrency;
	}

	public LocalDate getRateDate() {
		return this.rateDate;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getSource() {
		return this.source;
	}

	public Instant getFetchedAt() {
		return this.fetchedAt;
	}

}
