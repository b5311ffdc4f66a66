/**
 * The accounts' own tables: logins with their roles, password hashes, lockout state and
 * two-factor secrets. Internal to the user module; other features go through the module's
 * API.
 */
package org.dastan.core.user.internal;
