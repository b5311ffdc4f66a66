package org.dastan.admin.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether admins must use two-factor login: when true, an admin without it is sent to
 * enrol before anything else in the admin opens.
 */
@ConfigurationProperties("dastan.security")
public record TwoFactorProperties(boolean requireTwoFactorForAdmins) {

}
