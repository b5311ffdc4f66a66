package org.dastan.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;

import org.dastan.web.security.PublicSiteSecurity;

/**
 * The configuration web slice tests start from; the deployable application lives in
 * cms-admin. Slices do not pick up configuration classes, so the public site's security
 * chain is imported here: every web test sees the site as readers do, through the same
 * filters and headers. The public site has no logins, so no made-up user either.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@Import(PublicSiteSecurity.class)
public class WebTestApplication {

}
