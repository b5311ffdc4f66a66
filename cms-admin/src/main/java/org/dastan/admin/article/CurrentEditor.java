package org.dastan.admin.article;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import org.dastan.core.article.desk.Editor;

/**
 * Turns the logged-in user into the desk's {@link Editor}, with editor rights when their
 * roles reach EDITOR.
 */
@Component
public class CurrentEditor {

	private final RoleHierarchy roles;

	CurrentEditor(RoleHierarchy roles) {
		this.roles = roles;
	}

	public Editor of(Authentication user) {
		boolean editor = this.roles.getReachableGrantedAuthorities(user.getAuthorities())
			.stream()
			.anyMatch((authority) -> "ROLE_EDITOR".equals(authority.getAuthority()));
		return new Editor(user.getName(), editor);
	}

}
