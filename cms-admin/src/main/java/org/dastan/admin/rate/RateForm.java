package org.dastan.admin.rate;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

import org.dastan.core.rate.CorrectRate;

/**
 * A rate entered by hand: the date and the price of one unit in the ticker's base, typed
 * with a dot or a comma before the decimals (0.00196 or 0,00196), nothing else. A value
 * far from the last rate is confirmed by the button that carries it, so that a value
 * changed after the warning is checked again.
 */
public class RateForm {

	@NotNull(message = "{admin.form.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotBlank(message = "{admin.form.required}")
	@Pattern(regexp = "^\\s*(\\d{1,12}([.,]\\d{1,12})?)?\\s*$", message = "{admin.rates.value.invalid}")
	private String value;

	private String confirmedValue;

	CorrectRate toCommand(String currency, String editor) {
		return new CorrectRate(currency, this.date, new BigDecimal(this.value.strip().replace(',', '.')), isConfirmed(),
				editor);
	}

	/** Whether the editor confirmed this very value after being warned about it. */
	boolean isConfirmed() {
		return this.confirmedValue != null && this.value != null
				&& this.confirmedValue.strip().equals(this.value.strip());
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getConfirmedValue() {
		return this.confirmedValue;
	}

	public void setConfirmedValue(String confirmedValue) {
		this.confirmedValue = confirmedValue;
	}

}
