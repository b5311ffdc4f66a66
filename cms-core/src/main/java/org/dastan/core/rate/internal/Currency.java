package org.dastan.core.rate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A currency the newsroom follows, and whether and where the ticker shows it.
 */
@Entity
@Table(name = "currencies")
public class Currency {

	@Id
	@Pattern(regexp = "^[A-Z]{3}$")
	private String code;

	@NotBlank
	@Size(max = 80)
	private String name;

	@Column(name = "shown_in_ticker")
	private boolean shownInTicker;

	@PositiveOrZero
	private int position;

	@Version
	private Long version;

	protected Currency() {
	}

	public Currency(String code, String name, boolean shownInTicker, int position) {
		this.code = code;
		this.name = name;
		this.shownInTicker = shownInTicker;
		this.position = position;
	}

	public void setShownInTicker(boolean shownInTicker) {
		this.shownInTicker = shownInTicker;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public Long getVersion() {
		return this.version;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public boolean isShownInTicker() {
		return this.shownInTicker;
	}

	public int getPosition() {
		return this.position;
	}

}
