package org.dastan.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

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

	Specification<AuditEntry> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (hasText(this.actor)) {
				all.add(cb.equal(root.get("actor"), this.actor.strip()));
			}
			if (this.kind != null) {
				all.add(cb.equal(root.get("kind"), this.kind));
			}
			if (hasText(this.action)) {
				all.add(cb.like(cb.lower(root.get("action")), "%" + this.action.strip().toLowerCase() + "%"));
			}
			if (hasText(this.address)) {
				all.add(cb.equal(root.get("address"), this.address.strip()));
			}
			if (this.from != null) {
				all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), this.from));
			}
			if (this.until != null) {
				all.add(cb.lessThan(root.get("occurredAt"), this.until));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
