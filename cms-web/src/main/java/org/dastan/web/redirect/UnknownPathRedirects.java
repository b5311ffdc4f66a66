package org.dastan.web.redirect;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.dastan.core.redirect.RedirectLookup;
import org.dastan.web.error.NotFoundException;

/**
 * Answers a request that was about to get the 404 page with its redirect, when one is
 * kept for its path: unknown paths (Spring MVC's no-resource and no-handler failures) and
 * paths whose controller found nothing ({@link NotFoundException}: an
 * {@code /articles/unknown}). Pages that exist never get here, so they pay nothing; a
 * path with no redirect goes on to the 404 page as before.
 */
class UnknownPathRedirects implements HandlerExceptionResolver, Ordered {

	private final RedirectLookup lookup;

	UnknownPathRedirects(RedirectLookup lookup) {
		this.lookup = lookup;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!(failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException
				|| failure instanceof NotFoundException) || !RedirectAnswer.isRead(request)) {
			return null;
		}
		return this.lookup.find(RedirectAnswer.path(request), request.getQueryString()).map((target) -> {
			RedirectAnswer.send(request, response, target);
			return new ModelAndView();
		}).orElse(null);
	}

	// Before the handlers that render the 404 page.
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
