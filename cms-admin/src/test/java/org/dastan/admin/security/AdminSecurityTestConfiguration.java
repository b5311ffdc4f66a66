package org.dastan.admin.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import org.dastan.web.security.PublicSiteSecurity;

/**
 * The real URL rules (the admin's and the public site's chains) and role hierarchy, for
 * {@code @WebMvcTest} slices of admin controllers in other packages (the configuration
 * itself is package-private).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, PublicSiteSecurity.class })
public class AdminSecurityTestConfiguration {

}
