package org.dastan.core.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditText;

/**
 * One line of the audit log. Entries are written once and never changed.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private AuditKind kind;

	private String actor;

	private String address;

	private String action;

	private String request;

	private String target;

	private String outcome;

	protected AuditEntry() {
	}

	public AuditEntry(Instant occurredAt, AuditKind kind, String actor, String address, String action, String request,
			String target, String outcome) {
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.actor = cut(actor, 200);
		this.address = cut(address, 100);
		this.action = cut(action, 200);
		this.request = cut(request, 500);
		this.target = cut(target, 200);
		this.outcome = cut(outcome, 300);
	}

	private static String cut(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public AuditKind getKind() {
		return this.kind;
	}

	/** Who did it: the username, as typed for a failed login. */
	public String getActor() {
		return this.actor;
	}

	public String getAddress() {
		return this.address;
	}

	public String getAction() {
		return this.action;
	}

	/** The HTTP method and path of a change, such as {@code POST /admin/tags/4}. */
	public String getRequest() {
		return this.request;
	}

	public String getTarget() {
		return this.target;
	}

	public String getOutcome() {
		return this.outcome;
	}

	@Override
	public String toString() {
		return "kind=" + this.kind + " actor=" + AuditText.visible(this.actor) + " address="
				+ AuditText.visible(this.address) + " action=" + AuditText.visible(this.action) + " request="
				+ AuditText.visible(this.request) + " target=" + AuditText.visible(this.target) + " outcome="
				+ AuditText.visible(this.outcome);
	}

}
