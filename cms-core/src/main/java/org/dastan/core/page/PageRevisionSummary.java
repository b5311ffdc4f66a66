package org.dastan.core.page;

import java.time.Instant;

/**
 * One line of a page's history: a save, who made it and when, and what the page was
 * called then.
 *
 * @param number the revision's number, from 1 for the page's first save
 * @param savedBy who saved it, or {@code null} for saves no user made (demo seed, import)
 * @param restoredFrom the revision this save brought back, or {@code null}
 */
public record PageRevisionSummary(int number, Instant savedAt, String savedBy, String title, String slug,
		Integer restoredFrom) {

}
