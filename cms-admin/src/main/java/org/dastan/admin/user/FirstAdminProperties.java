package org.dastan.admin.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin's password, usually given as the environment variable
 * {@code DASTAN_ADMIN_PASSWORD}. When it is not given, a random one is generated and
 * printed once.
 */
@ConfigurationProperties("dastan.admin")
public record FirstAdminProperties(String password) {

}
