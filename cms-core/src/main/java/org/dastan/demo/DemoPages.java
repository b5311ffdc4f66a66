package org.dastan.demo;

import java.util.List;

import org.dastan.core.page.PageDraft;

/**
 * The demo's static pages, all published and in the footer menu in this order, added
 * through the page module's API as an importer would.
 */
final class DemoPages {

	private DemoPages() {
	}

	static List<PageDraft> all() {
		return List.of(page("About Dastan", "about", "Who we are and what we cover.",
				"<p>Dastan is an English-language newsroom covering <strong>Kazakhstan, Kyrgyzstan, Tajikistan, "
						+ "Turkmenistan and Uzbekistan</strong>: politics, business, culture and everyday life.</p>"
						+ "<h2>Our editors</h2><p>Our correspondents live in the region and write from it.</p>"
						+ "<p>This is a demo newsroom: the stories and people in it are invented.</p>"),
				page("Contact", "contact", "How to reach the newsroom.",
						"<p>Write to the newsroom at <a href=\"mailto:newsroom@example.org\">newsroom@example.org</a>."
								+ "</p><h2>Tips</h2><p>Send us a story we should look into; we protect our sources.</p>"),
				page("Advertise", "advertise", "Reach readers across Central Asia.",
						"<p>Dastan's readers follow the region for work and for life. Ask for our rates at "
								+ "<a href=\"mailto:ads@example.org\">ads@example.org</a>.</p>"),
				page("Privacy policy", "privacy-policy", "What we keep about readers, and why.",
						"<p>We keep no account of readers. The site sets one cookie, for the language you chose.</p>"
								+ "<h2>Page views</h2><p>We count how often each article is read, not who read it.</p>"));
	}

	private static PageDraft page(String title, String slug, String description, String body) {
		return new PageDraft(title, slug, body, description, true);
	}

}
