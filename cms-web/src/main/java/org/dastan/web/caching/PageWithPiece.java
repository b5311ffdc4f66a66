package org.dastan.web.caching;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.dastan.core.cache.ContentCache;

/**
 * A kept page whose piece (the sidebar) is kept apart: the page's bytes before and after
 * the piece, and the key of the piece's copy. Served with the piece's current copy, put
 * together, compressed and given its ETag and keys once per copy of the piece: after a
 * publication changes the sidebar, each page costs a splice and a compression, not a
 * render.
 */
final class PageWithPiece implements KeptPage {

	private final byte[] before;

	private final byte[] after;

	private final String pieceKey;

	private final Set<String> ownKeys;

	private volatile Assembled assembled;

	private PageWithPiece(byte[] before, byte[] after, String pieceKey, Set<String> ownKeys, Assembled assembled) {
		this.before = before;
		this.after = after;
		this.pieceKey = pieceKey;
		this.ownKeys = ownKeys;
		this.assembled = assembled;
	}

	/**
	 * The rendered page split around its piece, or null when the body does not mark
	 * exactly one piece.
	 */
	static Split split(byte[] body, Set<String> pieceKeys) {
		int start = indexOf(body, PagePieces.START, 0);
		int end = (start < 0) ? -1 : indexOf(body, PagePieces.END, start);
		if (end < 0 || indexOf(body, PagePieces.START, end) >= 0) {
			return null;
		}
		int pieceStart = start + PagePieces.START.length;
		return new Split(Arrays.copyOfRange(body, 0, pieceStart),
				new PieceCopy(Arrays.copyOfRange(body, pieceStart, end), pieceKeys),
				Arrays.copyOfRange(body, end, body.length));
	}

	/** A page as rendered with that copy of its piece. */
	static PageWithPiece of(Split split, CachedPage rendered, String pieceKey, Set<String> ownKeys) {
		return new PageWithPiece(split.before(), split.after(), pieceKey, Set.copyOf(ownKeys),
				new Assembled(split.piece(), rendered));
	}

	String pieceKey() {
		return this.pieceKey;
	}

	@Override
	public CachedPage servable(ContentCache<String, PieceCopy> pieces) {
		PieceCopy piece = pieces.getIfPresent(this.pieceKey);
		if (piece == null) {
			return null;
		}
		Assembled current = this.assembled;
		if (current.piece() != piece) {
			// Two readers may put the same page together at once; either copy will do.
			current = new Assembled(piece, current.page().withBody(assemble(piece), keysWith(piece)));
			this.assembled = current;
		}
		return current.page();
	}

	private byte[] assemble(PieceCopy piece) {
		ByteArrayOutputStream page = new ByteArrayOutputStream(
				this.before.length + piece.html().length + this.after.length);
		page.writeBytes(this.before);
		page.writeBytes(piece.html());
		page.writeBytes(this.after);
		return page.toByteArray();
	}

	private Set<String> keysWith(PieceCopy piece) {
		Set<String> keys = new LinkedHashSet<>(this.ownKeys);
		keys.addAll(piece.keys());
		return keys;
	}

	@Override
	public int weight() {
		return this.before.length + this.after.length + this.assembled.page().weight();
	}

	private static int indexOf(byte[] body, byte[] marker, int from) {
		outer: for (int i = from; i <= body.length - marker.length; i++) {
			for (int j = 0; j < marker.length; j++) {
				if (body[i + j] != marker[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** A rendered page cut around its piece. */
	record Split(byte[] before, PieceCopy piece, byte[] after) {
	}

	private record Assembled(PieceCopy piece, CachedPage page) {
	}

}
