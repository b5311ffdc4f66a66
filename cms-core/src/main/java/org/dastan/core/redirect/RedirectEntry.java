package org.dastan.core.redirect;

import java.time.Instant;

import org.dastan.core.redirect.internal.Redirect;

/**
 * A redirect as the admin lists and edits it.
 *
 * @param lastHitAt when a reader last followed it; {@code null} if no one has
 * @param version what an admin opened, to refuse a save over someone else's
 */
public record RedirectEntry(long id, String from, String to, int status, long hits, Instant lastHitAt,
		Instant createdAt, Instant updatedAt, long version) {

	static RedirectEntry of(Redirect redirect) {
		return new RedirectEntry(redirect.getId(), redirect.getOldPath(), redirect.getTarget(), redirect.getStatus(),
				redirect.getHits(), redirect.getLastHitAt(), redirect.getCreatedAt(), redirect.getUpdatedAt(),
				redirect.getVersion());
	}

}
