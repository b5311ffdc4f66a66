package org.dastan.web.caching;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import org.dastan.core.cache.ContentKeys;

/**
 * A piece of a page kept apart from the page around it: the sidebar, which every page of
 * a kind shows alike and every publication changes (its latest list). The page cache
 * keeps the page without it and puts the two together when it serves the page, so a
 * publication renders each kind's sidebar once instead of every page that shows it. The
 * piece is built here, its keys collected apart from the page's own, and its place in the
 * rendered page marked by two comments around it.
 */
public final class PagePieces {

	static final byte[] START = "<!--dastan:piece-->".getBytes(StandardCharsets.US_ASCII);

	static final byte[] END = "<!--dastan:end-piece-->".getBytes(StandardCharsets.US_ASCII);

	private static final String ATTRIBUTE = PagePieces.class.getName();

	private PagePieces() {
	}

	/**
	 * Builds the model of the page's piece by that name, and notes, for the page cache
	 * and the edge's keys, the keys of what it shows.
	 */
	public static <T> T apart(String name, Supplier<T> build) {
		try (ContentKeys.Collection keys = ContentKeys.collectApart()) {
			T model = build.get();
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request != null) {
				request.setAttribute(ATTRIBUTE, new Piece(name, keys.keys()), RequestAttributes.SCOPE_REQUEST);
			}
			return model;
		}
	}

	/** The piece the request's page was rendered with, or null. */
	static Piece of(HttpServletRequest request) {
		return (Piece) request.getAttribute(ATTRIBUTE);
	}

	static void note(HttpServletRequest request, Piece piece) {
		request.setAttribute(ATTRIBUTE, piece);
	}

	/** A piece's name, one per kind of page, and the keys of what it shows. */
	record Piece(String name, Set<String> keys) {
	}

}
