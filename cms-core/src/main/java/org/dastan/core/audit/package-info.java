/**
 * The audit log: who signed in, failed, was locked out or signed out, and every change
 * made in the admin, with when and from which address.
 */
package org.dastan.core.audit;
