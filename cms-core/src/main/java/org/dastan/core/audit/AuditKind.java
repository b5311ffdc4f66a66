package org.dastan.core.audit;

/**
 * What kind of event an audit entry records.
 */
public enum AuditKind {

	SIGN_IN, SIGN_IN_FAILED, LOCKOUT, ADDRESS_THROTTLED, SIGN_OUT, TWO_FACTOR, CHANGE

}
