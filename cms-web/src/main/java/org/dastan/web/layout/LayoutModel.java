package org.dastan.web.layout;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.page.PublishedPages;
import org.dastan.core.rate.Ticker;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagView;
import org.dastan.web.paging.PageNumber;

/**
 * What the shared layout shows on every public page: the ticker, the section navigation,
 * the site name and the footer menu of static pages.
 */
@Component
public class LayoutModel {

	private final Ticker ticker;

	private final TagService tags;

	private final PublishedPages pages;

	private final NewsroomProperties properties;

	private final ContentCache<String, List<NavigationLink>> navigation;

	LayoutModel(Ticker ticker, TagService tags, PublishedPages pages, NewsroomProperties properties,
			ContentCaches caches) {
		this.ticker = ticker;
		this.tags = tags;
		this.pages = pages;
		this.properties = properties;
		this.navigation = caches.create(1);
	}

	/**
	 * Adds the layout's attributes through the given setter, such as
	 * {@code model::addAttribute}.
	 */
	public void addTo(BiConsumer<String, Object> model) {
		model.accept("ticker", this.ticker.entries());
		model.accept("navigation", this.navigation.get("masthead",
				() -> this.tags.navigation().stream().map(NavigationLink::of).toList()));
		model.accept("footerPages", this.pages.footer());
		model.accept("siteName", this.properties.name());
		ServletUriComponentsBuilder current = ServletUriComponentsBuilder.fromCurrentRequest();
		UriComponents request = current.build();
		String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		int page = PageNumber.parse(request.getQueryParams().getFirst("page")).number();
		model.accept("baseUrl", baseUrl);
		model.accept("currentPath", request.getPath());
		model.accept("canonicalUrl",
				current.replaceQuery(null)
					.queryParamIfPresent("page", Optional.of(page).filter((p) -> p > 1))
					.toUriString());
	}

	/**
	 * A tag in the masthead: a section links to its section page, any other topic to its
	 * tag page.
	 */
	public record NavigationLink(String name, String path) {

		static NavigationLink of(TagView tag) {
			return new NavigationLink(tag.name(), (tag.isSection() ? "/sections/" : "/tags/") + tag.slug());
		}

	}

}
