package org.dastan.web.caching;

import jakarta.servlet.http.HttpServletRequest;

import org.dastan.core.page.PageAddresses;

/**
 * The rendered public pages that the page cache keeps and the ETag filter tags: the paths
 * in {@link PageEtags#PATHS}, read as servlet URL patterns read them, and static pages at
 * their one-segment addresses ({@code /about}), which no servlet pattern can name without
 * naming every path. The filters are registered for every path and skip the rest here,
 * before they do anything else.
 */
final class CachedPaths {

	/** Every path: the filters decide by {@link #covers}. */
	static final String EVERY_PATH = "/*";

	private CachedPaths() {
	}

	static boolean covers(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String pattern : PageEtags.PATHS) {
			if (pattern.endsWith("/*")) {
				String prefix = pattern.substring(0, pattern.length() - 2);
				if (path.equals(prefix) || path.startsWith(prefix + "/")) {
					return true;
				}
			}
			else if (path.equals(pattern)) {
				return true;
			}
		}
		return PageAddresses.isPagePath(path);
	}

}
