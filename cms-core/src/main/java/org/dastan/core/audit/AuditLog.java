package org.dastan.core.audit;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.audit.internal.AuditEntry;
import org.dastan.core.audit.internal.AuditEntryRepository;

/**
 * Writes and reads the audit log. Each entry is written in a transaction of its own, so
 * that it stays even when the change it records is rolled back, and is also logged as one
 * line with control characters escaped.
 */
@Service
public class AuditLog {

	private static final Logger logger = LoggerFactory.getLogger(AuditLog.class);

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditKind kind, String actor, String address, String action, String target, String outcome) {
		recordRequest(kind, actor, address, action, null, target, outcome);
	}

	/** Records a change made through a request, such as {@code POST /admin/tags/4}. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRequest(AuditKind kind, String actor, String address, String action, String request,
			String target, String outcome) {
		AuditEntry entry = this.entries
			.save(new AuditEntry(this.clock.instant(), kind, actor, address, action, request, target, outcome));
		logger.info("audit {}", entry);
	}

	/** A page of entries, newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> find(AuditFilter filter, int page, int size) {
		Sort newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
		return this.entries.findAll(filter, PageRequest.of(page, size, newestFirst)).map(AuditLog::view);
	}

	private static AuditEntryView view(AuditEntry entry) {
		return new AuditEntryView(entry.getId(), entry.getOccurredAt(), entry.getKind(), entry.getActor(),
				entry.getAddress(), entry.getAction(), entry.getRequest(), entry.getTarget(), entry.getOutcome());
	}

}
