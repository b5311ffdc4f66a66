package org.dastan.admin.rate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.dastan.core.rate.AddCurrency;

/**
 * A currency to follow, as typed: its ISO 4217 code (any case) and its name.
 */
public class CurrencyForm {

	@NotBlank(message = "{admin.form.required}")
	@Pattern(regexp = "^\\s*[A-Za-z]{3}\\s*$", message = "{admin.currencies.code.invalid}")
	private String code;

	@NotBlank(message = "{admin.form.required}")
	@Size(max = 80, message = "{admin.form.too-long}")
	private String name;

	private boolean shownInTicker = true;

	AddCurrency toCommand() {
		return new AddCurrency(this.code, this.name, this.shownInTicker);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isShownInTicker() {
		return this.shownInTicker;
	}

	public void setShownInTicker(boolean shownInTicker) {
		this.shownInTicker = shownInTicker;
	}

}
