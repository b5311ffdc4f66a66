/**
 * The audit log: who signed in, failed, was locked out or signed out, and every change
 * made in the admin, with when and from which address. An application module: this
 * package is its API (the log, its filter and entry records); its sub-packages are its
 * own.
 */
@ApplicationModule(id = "audit", displayName = "Audit log")
package org.dastan.core.audit;

import org.springframework.modulith.ApplicationModule;
