/**
 * Staff accounts as admins manage them (first admin, users, one-time passwords, sessions)
 * and each user's own account page.
 */
package org.dastan.admin.user;
