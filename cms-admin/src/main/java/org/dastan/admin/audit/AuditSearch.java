package org.dastan.admin.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

import org.dastan.core.audit.AuditFilter;
import org.dastan.core.audit.AuditKind;

/**
 * The filters of the audit log page, as typed. Dates are days in the newsroom's time
 * zone, both included; one that does not parse is reported next to its field and ignored.
 */
class AuditSearch {

	private String user;

	private AuditKind kind;

	private String action;

	private String address;

	private String from;

	private String to;

	AuditFilter toFilter(ZoneId zone, Errors errors) {
		LocalDate first = day("from", this.from, errors);
		LocalDate last = day("to", this.to, errors);
		Instant start = (first != null) ? first.atStartOfDay(zone).toInstant() : null;
		Instant end = (last != null) ? last.plusDays(1).atStartOfDay(zone).toInstant() : null;
		return new AuditFilter(this.user, this.kind, this.action, this.address, start, end);
	}

	private static LocalDate day(String field, String text, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "admin.audit.badDate");
			return null;
		}
	}

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public AuditKind getKind() {
		return this.kind;
	}

	public void setKind(AuditKind kind) {
		this.kind = kind;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
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

}
