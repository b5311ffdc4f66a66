package org.dastan.admin.redirect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.dastan.core.redirect.RedirectDraft;
import org.dastan.core.redirect.RedirectEntry;

/**
 * The redirect form's fields, as typed; the service checks the paths, loops and chains.
 */
public class RedirectForm {

	@NotBlank(message = "{admin.form.required}")
	private String from;

	@NotBlank(message = "{admin.form.required}")
	private String to;

	@NotNull(message = "{admin.form.required}")
	private Integer status = 301;

	private Long version;

	static RedirectForm of(RedirectEntry entry) {
		RedirectForm form = new RedirectForm();
		form.from = entry.from();
		form.to = entry.to();
		form.status = entry.status();
		form.version = entry.version();
		return form;
	}

	RedirectDraft toDraft() {
		return new RedirectDraft(this.from, this.to, this.status);
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public Integer getStatus() {
		return this.status;
	}

	public void setStatus(Integer status) {
		this.status = status;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
