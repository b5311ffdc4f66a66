package org.dastan.web.redirect;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import org.dastan.core.redirect.RedirectLookup;
import org.dastan.core.redirect.RedirectTarget;

/**
 * WordPress's own addresses, {@code /?p=123}, {@code /?page_id=4}, {@code /?cat=7},
 * {@code /?tag=water}: the home page answers any query, so these never reach the 404
 * path. Looked up before the page cache, which would serve them the home page; only when
 * the home page is asked with one of those parameters, so other requests pay a string
 * comparison.
 */
class HomeQueryRedirects extends OncePerRequestFilter {

	private final RedirectLookup lookup;

	HomeQueryRedirects(RedirectLookup lookup) {
		this.lookup = lookup;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && RedirectAnswer.isRead(request) && "/".equals(RedirectAnswer.path(request))) {
			Optional<RedirectTarget> target = this.lookup.findHome(query);
			if (target.isPresent()) {
				RedirectAnswer.send(request, response, target.get());
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
