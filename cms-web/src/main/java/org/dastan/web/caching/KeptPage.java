package org.dastan.web.caching;

import java.util.Set;

import org.dastan.core.cache.ContentCache;

/**
 * A page as the page cache keeps it: whole ({@link CachedPage}), or without its piece
 * ({@link PageWithPiece}), put together with the piece's kept copy when served.
 */
sealed interface KeptPage permits CachedPage, PageWithPiece {

	/** The page to send, or null when its piece is no longer kept and it must render. */
	CachedPage servable(ContentCache<String, PieceCopy> pieces);

	int weight();

	/** A piece as rendered, kept with the keys of what it shows. */
	record PieceCopy(byte[] html, Set<String> keys) {

		int weight() {
			return this.html.length + 64;
		}

	}

}
