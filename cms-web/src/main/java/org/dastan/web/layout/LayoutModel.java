package org.dastan.web.layout;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.rate.Ticker;
import org.dastan.core.rate.TickerEntry;
import org.dastan.core.tag.TagRef;
import org.dastan.core.tag.TagRepository;

/**
 * Adds what the shared layout shows to every public page's model: the ticker, the
 * navigation and the site name.
 */
@ControllerAdvice(basePackages = "org.dastan.web")
class LayoutModel {

	private final Ticker ticker;

	private final TagRepository tags;

	private final NewsroomProperties properties;

	LayoutModel(Ticker ticker, TagRepository tags, NewsroomProperties properties) {
		this.ticker = ticker;
		this.tags = tags;
		this.properties = properties;
	}

	@ModelAttribute("ticker")
	List<TickerEntry> ticker() {
		return this.ticker.entries();
	}

	@ModelAttribute("navigation")
	List<TagRef> navigation() {
		return this.tags.findByNavPositionNotNullOrderByNavPosition().stream().map(TagRef::of).toList();
	}

	@ModelAttribute("siteName")
	String siteName() {
		return this.properties.name();
	}

}
