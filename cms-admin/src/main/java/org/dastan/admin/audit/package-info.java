/**
 * The audit log in the admin: every change made through the admin is recorded, and admins
 * browse and filter the log.
 */
package org.dastan.admin.audit;
