package org.dastan.core.audit;

import java.time.Instant;

/**
 * One line of the audit log as stored: texts are as typed, control characters and all;
 * show them through {@link AuditText#visible(String)}.
 *
 * @param actor who did it: the username, as typed for a failed login
 * @param request the HTTP method and path of a change, such as
 * {@code POST /admin/tags/4}, or {@code null}
 */
public record AuditEntryView(Long id, Instant occurredAt, AuditKind kind, String actor, String address, String action,
		String request, String target, String outcome) {

}
