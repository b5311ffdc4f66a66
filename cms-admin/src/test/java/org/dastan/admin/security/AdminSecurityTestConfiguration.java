package org.dastan.admin.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The admin's real URL rules and role hierarchy, for {@code @WebMvcTest} slices of admin
 * controllers in other packages (the configuration itself is package-private).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class AdminSecurityTestConfiguration {

}
