package org.dastan.core.rate;

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
	@Column(name = "rate_value", precision = 24, scale = 12)
	private BigDecimal value;

	@NotBlank
	@Size(max = 40)
	private String source;

	@NotNull
	@Column(name = "fetched_at")
	private Instant fetchedAt;

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
