package org.dastan.web.layout;

import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.rate.Ticker;
import org.dastan.core.tag.TagRef;
import org.dastan.core.tag.TagRepository;

/**
 * What the shared layout shows on every public page: the ticker, the section navigation
 * and the site name.
 */
@Component
public class LayoutModel {

	private final Ticker ticker;

	private final TagRepository tags;

	private final NewsroomProperties properties;

	LayoutModel(Ticker ticker, TagRepository tags, NewsroomProperties properties) {
		this.ticker = ticker;
		this.tags = tags;
		this.properties = properties;
	}

	/**
	 * Adds the layout's attributes through the given setter, such as
	 * {@code model::addAttribute}.
	 */
	public void addTo(BiConsumer<String, Object> model) {
		model.accept("ticker", this.ticker.entries());
		model.accept("navigation",
				this.tags.findByNavPositionNotNullOrderByNavPosition().stream().map(TagRef::of).toList());
		model.accept("siteName", this.properties.name());
	}

}
