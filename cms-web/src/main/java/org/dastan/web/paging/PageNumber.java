package org.dastan.web.paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The {@code ?page=N} of a listing, counted from 1. Anything that is not a positive
 * number means the first page, so a mistyped link never ends in an error.
 */
public record PageNumber(int number) {

	public static final int PAGE_SIZE = 12;

	// Far beyond any real archive; keeps the database offset within int range.
	private static final int MAX_PAGE = 100_000;

	public static PageNumber parse(String text) {
		try {
			int number = Integer.parseInt((text != null) ? text.trim() : "1");
			return new PageNumber(Math.min(Math.max(number, 1), MAX_PAGE));
		}
		catch (NumberFormatException ex) {
			return new PageNumber(1);
		}
	}

	public Pageable toPageable() {
		return PageRequest.of(this.number - 1, PAGE_SIZE);
	}

}
