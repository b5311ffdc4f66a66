package org.dastan.demo;

import java.util.List;

import org.dastan.core.sidebar.AddWidget;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.WidgetDraft;
import org.dastan.core.sidebar.WidgetType;

/**
 * The demo sidebar: one widget of each type, some everywhere and some on one kind of
 * page, added through the sidebar's API as an editor would.
 */
final class DemoWidgets {

	private DemoWidgets() {
	}

	static List<AddWidget> all() {
		return List.of(widget(WidgetType.RATES, "Exchange rates", Placement.ALL, null, null),
				widget(WidgetType.LATEST, "Latest", Placement.ALL, 5, null),
				widget(WidgetType.MOST_READ, "Most read", Placement.ALL, 5, null),
				new AddWidget(WidgetType.EDITORS_PICKS,
						new WidgetDraft("Editor's picks", Placement.HOME, null, null, null, null, null,
								List.of("northern-aral-fishermen-returns", "naryn-felt-makers-new-buyers",
										"bukhara-silk-crafts-festival"),
								List.of())),
				widget(WidgetType.TAGS, "Topics", Placement.ALL, null, null),
				widget(WidgetType.CUSTOM_TEXT, "About Dastan", Placement.ARTICLE, null,
						"<p>Dastan covers <strong>Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
								+ "Uzbekistan</strong> in English. This is a demo newsroom: the stories and people in it "
								+ "are invented.</p>"),
				promo("Currency watch", "<p>Today's rates for the som, tenge, somoni, sum and manat.</p>", "/rates",
						"See the rates"));
	}

	private static AddWidget promo(String title, String html, String linkUrl, String linkText) {
		return new AddWidget(WidgetType.PROMO,
				new WidgetDraft(title, Placement.HOME, null, html, linkUrl, linkText, null, List.of(), List.of()));
	}

	private static AddWidget widget(WidgetType type, String title, Placement placement, Integer limit, String html) {
		return new AddWidget(type,
				new WidgetDraft(title, placement, limit, html, null, null, null, List.of(), List.of()));
	}

}
