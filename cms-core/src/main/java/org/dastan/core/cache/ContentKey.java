package org.dastan.core.cache;

/**
 * The names of what a page or a read model shows, so that a change drops exactly what
 * shows it. Readers of content name what they read ({@link ContentKeys#touch}); the
 * change module names what a change touched; a kept page goes when the two meet. The same
 * names go out in {@code xkey} and {@code Surrogate-Key} headers, so they hold no spaces
 * or commas.
 */
public final class ContentKey {

	/** Everything: what a change that names no key drops. */
	public static final String ALL = "all";

	/** Which articles are public, and in what order: the latest lists, counts, search. */
	public static final String LATEST = "latest";

	/** The feeds and sitemaps, which show any public article's edit. */
	public static final String FEEDS = "feeds";

	/** The ticker and the rates page. */
	public static final String RATES = "rates";

	/** The sidebar's widgets, as the admin sets them up. */
	public static final String SIDEBAR = "sidebar";

	/** The suggested-articles block's hand-picked links. */
	public static final String SUGGESTED = "suggested";

	/** The masthead's navigation. */
	public static final String NAVIGATION = "navigation";

	/**
	 * The footer menu of static pages, which every public page shows: its titles, order
	 * and addresses.
	 */
	public static final String FOOTER = "footer";

	/** The redirects of old paths, which every node keeps as one map. */
	public static final String REDIRECTS = "redirects";

	private ContentKey() {
	}

	/** What only the article's own page shows: body, byline, tags. */
	public static String article(long id) {
		return "article-" + id;
	}

	/**
	 * The article as listings show it: title, standfirst, image, section, date, address.
	 */
	public static String card(long id) {
		return "card-" + id;
	}

	/** A tag's name, address and description, wherever they show. */
	public static String tag(long id) {
		return "tag-" + id;
	}

	/** An author's name, address and profile, wherever they show. */
	public static String author(long id) {
		return "author-" + id;
	}

	/** What only a static page's own address shows: its title, body and description. */
	public static String page(long id) {
		return "page-" + id;
	}

	/** Which public articles a section, topic or place lists. */
	public static String tagList(long tagId) {
		return "tag-list-" + tagId;
	}

	/** Which public articles an author's page lists. */
	public static String authorList(long authorId) {
		return "author-list-" + authorId;
	}

}
