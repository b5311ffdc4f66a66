package org.dastan.core.article.internal;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each new revision with the name of the logged-in user. Under Spring, Hibernate
 * asks Spring's bean factory for this listener (Spring registers its bean container with
 * Hibernate); it reads the security context statically, so it works just as well when
 * Hibernate creates it itself.
 */
class ArticleRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		((ArticleRevision) revision).setUsername(currentUsername());
	}

	private static String currentUsername() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return user.getName();
	}

}
