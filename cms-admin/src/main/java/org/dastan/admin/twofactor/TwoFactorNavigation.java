package org.dastan.admin.twofactor;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;
import org.dastan.admin.security.SecondFactor;

/**
 * The entry for one's own two-factor login, in the account part of the navigation, for
 * all staff.
 */
@Configuration(proxyBeanMethods = false)
class TwoFactorNavigation {

	@Bean
	AdminNavigationItem twoFactorNavigationItem() {
		return new AdminNavigationItem(85, SecondFactor.ENROLMENT_PAGE, "admin.nav.twoFactor", Set.of("AUTHOR"));
	}

}
