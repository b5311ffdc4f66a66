package org.dastan.admin.backup;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dastan.admin.navigation.AdminNavigationItem;

/**
 * The backup's entry in the admin navigation, for admins: the archive holds every staff
 * account's password hash.
 */
@Configuration(proxyBeanMethods = false)
class BackupNavigation {

	@Bean
	AdminNavigationItem backupNavigationItem() {
		return new AdminNavigationItem(78, "/admin/backup", "admin.nav.backup", Set.of("ADMIN"));
	}

}
