package org.dastan.core.demo;

import java.util.List;

import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.SidebarWidget;
import org.dastan.core.sidebar.WidgetType;

/**
 * The demo sidebar: one widget of each type, some everywhere and some on one kind of
 * page.
 */
final class DemoWidgets {

	private DemoWidgets() {
	}

	static List<SidebarWidget> all(HtmlSanitizer sanitizer) {
		SidebarWidget rates = new SidebarWidget(WidgetType.RATES, "Exchange rates", Placement.ALL, 0);
		SidebarWidget latest = new SidebarWidget(WidgetType.LATEST, "Latest", Placement.ALL, 1);
		latest.configure(5, null, null, null, null, List.of());
		SidebarWidget mostRead = new SidebarWidget(WidgetType.MOST_READ, "Most read", Placement.ALL, 2);
		mostRead.configure(5, null, null, null, null, List.of());
		SidebarWidget picks = new SidebarWidget(WidgetType.EDITORS_PICKS, "Editor's picks", Placement.HOME, 3);
		picks.configure(null, null, null, null, null, List.of("northern-aral-fishermen-returns",
				"naryn-felt-makers-new-buyers", "bukhara-silk-crafts-festival"));
		SidebarWidget topics = new SidebarWidget(WidgetType.TAGS, "Topics", Placement.ALL, 4);
		SidebarWidget about = new SidebarWidget(WidgetType.CUSTOM_TEXT, "About Dastan", Placement.ARTICLE, 5);
		about.configure(null,
				sanitizer.sanitize("<p>Dastan covers <strong>Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
						+ "Uzbekistan</strong> in English. This is a demo newsroom: the stories and people in it are "
						+ "invented.</p>"),
				null, null, null, List.of());
		SidebarWidget promo = new SidebarWidget(WidgetType.PROMO, "Currency watch", Placement.HOME, 6);
		promo.configure(null, sanitizer.sanitize("<p>Today's rates for the som, tenge, somoni, sum and manat.</p>"),
				"/rates", "See the rates", null, List.of());
		return List.of(rates, latest, mostRead, picks, topics, about, promo);
	}

}
