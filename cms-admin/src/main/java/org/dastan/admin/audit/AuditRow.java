package org.dastan.admin.audit;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.dastan.core.audit.AuditEntryView;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditText;

/**
 * An audit entry as the log page shows it: its time in the newsroom's zone, and every
 * stored text with control characters escaped (the template escapes HTML).
 */
record AuditRow(ZonedDateTime occurredAt, AuditKind kind, String actor, String address, String action, String request,
		String target, String outcome) {

	static AuditRow of(AuditEntryView entry, ZoneId zone) {
		return new AuditRow(entry.occurredAt().atZone(zone), entry.kind(), AuditText.visible(entry.actor()),
				AuditText.visible(entry.address()), AuditText.visible(entry.action()),
				AuditText.visible(entry.request()), AuditText.visible(entry.target()),
				AuditText.visible(entry.outcome()));
	}

}
