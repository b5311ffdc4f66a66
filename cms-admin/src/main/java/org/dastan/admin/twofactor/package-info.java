/**
 * Two-factor login with an authenticator app (time-based one-time codes, RFC 6238):
 * enrolment with a QR code and recovery codes, the code step after the password, and
 * turning it off.
 */
package org.dastan.admin.twofactor;
