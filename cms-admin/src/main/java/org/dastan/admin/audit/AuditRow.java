package org.dastan.admin.audit;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.dastan.core.audit.AuditEntry;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditText;

/**
 * An audit entry as the log page shows it: its time in the newsroom's zone, and every
 * stored text with control characters escaped (the template escapes HTML).
 */
record AuditRow(ZonedDateTime occurredAt, AuditKind kind, String actor, String address, String action, String request,
		String target, String outcome) {

	static AuditRow of(AuditEntry entry, ZoneId zone) {
		return new AuditRow(entry.getOccurredAt().atZone(zone), entry.getKind(), AuditText.visible(entry.getActor()),
				AuditText.visible(entry.getAddress()), AuditText.visible(entry.getAction()),
				AuditText.visible(entry.getRequest()), AuditText.visible(entry.getTarget()),
				AuditText.visible(entry.getOutcome()));
	}

}
