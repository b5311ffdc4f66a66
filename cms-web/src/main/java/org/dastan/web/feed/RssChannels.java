package org.dastan.web.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.dastan.core.author.AuthorCard;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.feed.FeedItem;
import org.dastan.core.tag.TagView;

/**
 * Builds the RSS 2.0 channels of the site, its sections, tags and authors with Rome.
 * Bylines go out as {@code dc:creator}, since RSS's own {@code author} must be an email
 * address. Every text goes through {@link FeedText}, as readers render it as HTML.
 */
@Component
class RssChannels {

	/** The site publishes in English; feeds say so whatever the reader's browser asks. */
	static final Locale LANGUAGE = Locale.ENGLISH;

	private final SiteUrls urls;

	private final MessageSource messages;

	private final String siteName;

	RssChannels(SiteUrls urls, MessageSource messages, NewsroomProperties newsroom) {
		this.urls = urls;
		this.messages = messages;
		this.siteName = newsroom.name();
	}

	Channel site(List<FeedItem> items) {
		return channel(this.siteName, "/", message("site.description"), items);
	}

	Channel section(TagView section, List<FeedItem> items) {
		return channel(section.name() + " | " + this.siteName, "/sections/" + section.slug(),
				describe(section, "listing.section"), items);
	}

	Channel tag(TagView tag, List<FeedItem> items) {
		return channel(tag.name() + " | " + this.siteName, "/tags/" + tag.slug(), describe(tag, "listing.tag"), items);
	}

	Channel author(AuthorCard author, List<FeedItem> items) {
		return channel(author.name() + " | " + this.siteName, "/authors/" + author.slug(),
				message("listing.author.articles", author.name()), items);
	}

	private Channel channel(String title, String path, String description, List<FeedItem> items) {
		Channel channel = new Channel("rss_2.0");
		channel.setTitle(FeedText.of(title));
		channel.setLink(this.urls.absolute(path));
		channel.setDescription(FeedText.of(description));
		channel.setLanguage(LANGUAGE.getLanguage());
		channel.setEncoding("UTF-8");
		// Dates come from the articles, not the clock, so an unchanged feed keeps its
		// ETag.
		items.stream()
			.map(FeedItem::publishedAt)
			.max(Comparator.naturalOrder())
			.map(Date::from)
			.ifPresent(channel::setPubDate);
		items.stream()
			.map(FeedItem::lastModified)
			.max(Comparator.naturalOrder())
			.map(Date::from)
			.ifPresent(channel::setLastBuildDate);
		channel.setItems(items.stream().map(this::item).toList());
		return channel;
	}

	private Item item(FeedItem article) {
		String link = this.urls.article(article.slug());
		Item item = new Item();
		item.setTitle(FeedText.of(article.title()));
		item.setLink(link);
		Guid guid = new Guid();
		guid.setValue(link);
		guid.setPermaLink(true);
		item.setGuid(guid);
		item.setPubDate(Date.from(article.publishedAt()));
		if (article.standfirst() != null) {
			Description description = new Description();
			description.setType("text/html");
			description.setValue(FeedText.of(article.standfirst()));
			item.setDescription(description);
		}
		item.setCategories(article.categories().stream().map(RssChannels::category).toList());
		if (!article.authors().isEmpty()) {
			DCModule dublinCore = new DCModuleImpl();
			dublinCore.setCreators(article.authors().stream().map(FeedText::of).toList());
			item.getModules().add(dublinCore);
		}
		return item;
	}

	private static Category category(String name) {
		Category category = new Category();
		category.setValue(FeedText.of(name));
		return category;
	}

	private String describe(TagView tag, String fallbackKey) {
		String description = tag.description();
		return (description != null && !description.isBlank()) ? description : message(fallbackKey, tag.name());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LANGUAGE);
	}

}
