package org.dastan.admin.navigation;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The navigation entries the current user may use, in order. Templates call it as
 * {@code @adminNavigation}. It only hides links: the URL rules in the security
 * configuration still decide access.
 */
@Component("adminNavigation")
public class AdminNavigation {

	private final List<AdminNavigationItem> items;

	private final RoleHierarchy roles;

	AdminNavigation(List<AdminNavigationItem> items, RoleHierarchy roles) {
		this.items = items.stream().sorted(Comparator.comparingInt(AdminNavigationItem::order)).toList();
		this.roles = roles;
	}

	public List<AdminNavigationItem> items() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null) {
			return List.of();
		}
		List<String> roles = this.roles.getReachableGrantedAuthorities(user.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map((authority) -> authority.replaceFirst("^ROLE_", ""))
			.toList();
		return this.items.stream().filter((item) -> item.roles().stream().anyMatch(roles::contains)).toList();
	}

}
