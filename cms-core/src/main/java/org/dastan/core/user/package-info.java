/**
 * People who log in to the admin: their accounts, roles and credentials, failed logins
 * and lockouts, and two-factor secrets. An application module: this package is its API
 * (finders that return records, commands and the password rules); its sub-packages are
 * its own.
 */
@ApplicationModule(id = "user", displayName = "Staff accounts")
package org.dastan.core.user;

import org.springframework.modulith.ApplicationModule;
