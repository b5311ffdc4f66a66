package org.dastan.core.sidebar;

import java.util.List;

import org.dastan.core.article.ArticleCard;
import org.dastan.core.media.ImageRef;
import org.dastan.core.rate.TickerEntry;
import org.dastan.core.tag.TagRef;

/**
 * A widget ready to render: its type says which of the fields it fills.
 */
public record SidebarBlock(WidgetType type, String title, List<ArticleCard> articles, List<TickerEntry> rates,
		List<TagRef> tags, String html, String linkUrl, String linkText, ImageRef image) {

	static SidebarBlock ofArticles(WidgetView widget, List<ArticleCard> articles) {
		return new SidebarBlock(widget.type(), widget.title(), articles, List.of(), List.of(), null, null, null, null);
	}

	static SidebarBlock ofRates(WidgetView widget, List<TickerEntry> rates) {
		return new SidebarBlock(widget.type(), widget.title(), List.of(), rates, List.of(), null, null, null, null);
	}

	static SidebarBlock ofTags(WidgetView widget, List<TagRef> tags) {
		return new SidebarBlock(widget.type(), widget.title(), List.of(), List.of(), tags, null, null, null, null);
	}

	static SidebarBlock ofText(WidgetView widget, ImageRef image) {
		WidgetSettings settings = widget.settings();
		return new SidebarBlock(widget.type(), widget.title(), List.of(), List.of(), List.of(), settings.html(),
				settings.linkUrl(), settings.linkText(), image);
	}

}
