package org.dastan.core.audit.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

import org.dastan.core.audit.AuditFilter;

public interface AuditEntryRepository
		extends ListCrudRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	/** The entries that match every part of the filter that is not blank. */
	default Page<AuditEntry> findAll(AuditFilter filter, Pageable pageable) {
		return findAll(matching(filter), pageable);
	}

	private static Specification<AuditEntry> matching(AuditFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (hasText(filter.actor())) {
				all.add(cb.equal(root.get("actor"), filter.actor().strip()));
			}
			if (filter.kind() != null) {
				all.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (hasText(filter.action())) {
				all.add(cb.like(cb.lower(root.get("action")), "%" + filter.action().strip().toLowerCase() + "%"));
			}
			if (hasText(filter.address())) {
				all.add(cb.equal(root.get("address"), filter.address().strip()));
			}
			if (filter.from() != null) {
				all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
			}
			if (filter.until() != null) {
				all.add(cb.lessThan(root.get("occurredAt"), filter.until()));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
