package org.dastan.admin.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import org.dastan.admin.security.ClientAddress;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.rate.RateCorrected;

/**
 * Records the old and new value of every rate entered or corrected by hand, beside the
 * request's own entry, which names only the route: {@code KZT/USD on 2026-12-02} with
 * {@code 0.00196 -> 0.00197}. Only once the change is committed, so that the log never
 * shows a value the site did not take.
 */
@Component
class RateChangeRecorder {

	static final String ACTION = "rates.value.change";

	private final AuditLog audit;

	RateChangeRecorder(AuditLog audit) {
		this.audit = audit;
	}

	@TransactionalEventListener
	void on(RateCorrected change) {
		this.audit.record(AuditKind.CHANGE, change.editor(), ClientAddress.current(), ACTION, change.target(),
				change.change());
	}

}
