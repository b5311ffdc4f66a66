package org.dastan.core.audit;

import java.time.Instant;

/**
 * What an admin looks for in the audit log; blank parts match everything.
 *
 * @param actor the user, exactly
 * @param kind the kind of entry
 * @param action part of the action's name
 * @param address the address, exactly
 * @param from entries at or after this instant
 * @param until entries before this instant
 */
public record AuditFilter(String actor, AuditKind kind, String action, String address, Instant from, Instant until) {

}
