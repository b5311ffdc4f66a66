/**
 * The audit log's own table. Internal to the audit module; other features write and read
 * the log through {@link org.dastan.core.audit.AuditLog}.
 */
package org.dastan.core.audit.internal;
