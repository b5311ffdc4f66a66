package org.dastan.web.error;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import org.dastan.web.layout.LayoutModel;

/**
 * Renders error pages (unknown URLs, bad requests, failures) inside the site's layout,
 * with ticker and navigation, and never with internals. When even the layout cannot be
 * read, the page is shown without it; when the failure was the database being
 * unreachable, the layout is not even asked for, so the error page comes at once instead
 * of after another wait for a connection.
 */
@Component
class FriendlyErrorViews implements ErrorViewResolver {

	private static final Logger logger = LoggerFactory.getLogger(FriendlyErrorViews.class);

	private final LayoutModel layout;

	FriendlyErrorViews(LayoutModel layout) {
		this.layout = layout;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>();
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseOutage.causes(failure)) {
			logger.warn("Showing the {} page without the layout: the database cannot be reached", status.value());
		}
		else {
			try {
				this.layout.addTo(page::put);
			}
			catch (RuntimeException ex) {
				logger.warn("Showing the {} page without the layout's data", status.value(), ex);
			}
		}
		String view = (status == HttpStatus.NOT_FOUND) ? "error/404"
				: (status.is5xxServerError() ? "error/500" : "error");
		page.put("status", status.value());
		return new ModelAndView(view, page, status);
	}

}
