package org.dastan.web.caching;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The query parameters each cached page reads. Any other parameter ({@code utm_source},
 * {@code fbclid}, a random cache-buster) changes nothing on the page, so it is left out
 * of the page's cache key, and out of the request the page is rendered from: a page
 * cannot come to depend on a parameter its key does not hold (pagination links, for one,
 * repeat the query). A page that starts reading a new parameter adds it here.
 */
final class PageParameters {

	private static final Set<String> LISTING = Set.of("page");

	// Pages at exactly these paths, and pages one segment under these prefixes
	// ("/tags/{slug}"): a table looked up per request, not patterns matched.
	private static final Map<String, Set<String>> READ_AT = Map.of("/", LISTING, "/search", Set.of("q", "page"));

	private static final Map<String, Set<String>> READ_UNDER = Map.of("/sections/", LISTING, "/tags/", LISTING,
			"/authors/", LISTING);

	private PageParameters() {
	}

	/**
	 * The parameters the page at the request's path reads, by name in a fixed order, so
	 * that {@code ?page=2&q=tea} and {@code ?q=tea&page=2} are one page.
	 */
	static Map<String, List<String>> read(HttpServletRequest request) {
		// Most requests carry no query at all: nothing to look up.
		if (request.getQueryString() == null) {
			return Map.of();
		}
		Set<String> names = namesReadAt(request.getRequestURI());
		Map<String, List<String>> kept = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (names.contains(name)) {
				kept.put(name, List.of(values));
			}
		});
		return kept;
	}

	static Set<String> namesReadAt(String path) {
		Set<String> names = READ_AT.get(path);
		if (names != null) {
			return names;
		}
		int lastSlash = path.lastIndexOf('/');
		if (lastSlash > 0 && lastSlash < path.length() - 1) {
			names = READ_UNDER.get(path.substring(0, lastSlash + 1));
		}
		return (names != null) ? names : Set.of();
	}

	/** The query string of the given parameters, empty for none. */
	static String query(Map<String, List<String>> parameters) {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, values) -> values.forEach((value) -> query.add(encode(name) + "=" + encode(value))));
		return query.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** The request as the page sees it: with only the parameters it reads. */
	static HttpServletRequest only(HttpServletRequest request, Map<String, List<String>> parameters) {
		Map<String, String[]> map = new TreeMap<>();
		parameters.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
		String query = query(parameters);
		return new HttpServletRequestWrapper(request) {

			@Override
			public String getQueryString() {
				return query.isEmpty() ? null : query;
			}

			@Override
			public String getParameter(String name) {
				String[] values = map.get(name);
				return (values != null) ? values[0] : null;
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Collections.unmodifiableMap(map);
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.enumeration(map.keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				String[] values = map.get(name);
				return (values != null) ? values.clone() : null;
			}

		};
	}

}
