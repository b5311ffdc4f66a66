package org.dastan.core.redirect;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.dastan.core.redirect.internal.HitCounter;
import org.dastan.core.redirect.internal.RedirectRow;
import org.dastan.core.redirect.internal.RedirectTable;

/**
 * Where an old address leads, for the public site to ask when no page answers: a look-up
 * in the map each node keeps, no query. A redirect found counts a hit.
 */
@Component
public class RedirectLookup {

	private final RedirectTable table;

	private final HitCounter hits;

	RedirectLookup(RedirectTable table, HitCounter hits) {
		this.table = table;
		this.hits = hits;
	}

	/**
	 * The redirect of a path no page answers, the query as it came ({@code null} for
	 * none): of the path with its query, else of the path alone, so that
	 * {@code /old?utm_source=x} follows {@code /old}.
	 */
	public Optional<RedirectTarget> find(String rawPath, String rawQuery) {
		String withQuery = RedirectPaths.requested(rawPath, rawQuery);
		if (withQuery == null) {
			return Optional.empty();
		}
		Optional<RedirectTarget> found = follow(withQuery);
		return (found.isPresent() || rawQuery == null) ? found : follow(RedirectPaths.requested(rawPath, null));
	}

	/**
	 * The redirect of the home page asked with a WordPress query ({@code /?p=123}); none,
	 * at the cost of splitting the query, for any other.
	 */
	public Optional<RedirectTarget> findHome(String rawQuery) {
		List<String> keys = RedirectPaths.home(rawQuery);
		for (String key : keys) {
			Optional<RedirectTarget> found = follow(key);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private Optional<RedirectTarget> follow(String oldPath) {
		RedirectRow row = this.table.find(oldPath);
		if (row == null) {
			return Optional.empty();
		}
		this.hits.hit(row.id());
		return Optional.of(new RedirectTarget(row.target(), row.status()));
	}

}
