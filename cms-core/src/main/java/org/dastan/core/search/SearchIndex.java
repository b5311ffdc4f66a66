package org.dastan.core.search;

/**
 * What others may ask of the search index. A row of {@code app_flags} named
 * {@link #REBUILD_FLAG} makes the next start rebuild the whole index, whatever it holds:
 * a restore sets it, since an index left from before may count as many articles as the
 * database and still hold others.
 */
public final class SearchIndex {

	public static final String REBUILD_FLAG = "search-index-rebuild";

	private SearchIndex() {
	}

}
