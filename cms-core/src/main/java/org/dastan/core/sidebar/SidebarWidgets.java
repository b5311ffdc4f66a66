package org.dastan.core.sidebar;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.ArticleCards;
import org.dastan.core.edit.HttpUrls;
import org.dastan.core.edit.Ordering;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.html.SanitizedHtml;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.sidebar.internal.SidebarWidget;
import org.dastan.core.sidebar.internal.SidebarWidgetRepository;
import org.dastan.core.tag.TagService;

/**
 * Editors' changes to the sidebar: adding, configuring, ordering, switching on or off and
 * deleting widgets. Pages read the widgets afresh on every request, so a change shows at
 * once. Every change is announced as {@link SidebarChanged}.
 */
@Service
@Transactional
public class SidebarWidgets {

	/** The most items a list widget may show. */
	public static final int MAX_LIMIT = 20;

	private final SidebarWidgetRepository widgets;

	private final ArticleCards articles;

	private final TagService tags;

	private final MediaLibrary media;

	private final HtmlSanitizer sanitizer;

	private final ApplicationEventPublisher events;

	SidebarWidgets(SidebarWidgetRepository widgets, ArticleCards articles, TagService tags, MediaLibrary media,
			HtmlSanitizer sanitizer, ApplicationEventPublisher events) {
		this.widgets = widgets;
		this.articles = articles;
		this.tags = tags;
		this.media = media;
		this.sanitizer = sanitizer;
		this.events = events;
	}

	/** Every widget, in the sidebar's order. */
	@Transactional(readOnly = true)
	public List<WidgetView> list() {
		return ordered().stream().map(WidgetView::of).toList();
	}

	@Transactional(readOnly = true)
	public WidgetView find(long id) {
		return WidgetView.of(get(id));
	}

	/** Adds a widget at the end of the sidebar, switched on. */
	public WidgetView add(AddWidget command) {
		WidgetDraft draft = command.draft();
		SidebarWidget widget = new SidebarWidget(command.type(), draft.title().strip(), draft.placement(),
				this.widgets.findLastPosition() + 1);
		configure(widget, draft);
		SidebarWidget added = this.widgets.saveAndFlush(widget);
		changed(added.getId());
		return WidgetView.of(added);
	}

	/**
	 * Saves the draft over the widget, unless someone saved it since the editor opened
	 * it.
	 */
	public WidgetView configure(ConfigureWidget command) {
		SidebarWidget widget = current(command.id(), command.openedVersion());
		widget.describe(command.draft().title().strip(), command.draft().placement());
		configure(widget, command.draft());
		SidebarWidget saved = this.widgets.saveAndFlush(widget);
		changed(command.id());
		return WidgetView.of(saved);
	}

	public void switchOn(SwitchWidget command) {
		current(command.id(), command.openedVersion()).setEnabled(command.enabled());
		changed(command.id());
	}

	public void delete(long id) {
		List<SidebarWidget> order = new ArrayList<>(ordered());
		order.remove(get(id));
		this.widgets.deleteById(id);
		Ordering.renumber(order, SidebarWidget::moveTo);
		changed(id);
	}

	public void move(MoveWidget command) {
		Ordering.renumber(Ordering.move(ordered(), get(command.id()), command.step()), SidebarWidget::moveTo);
		changed(command.id());
	}

	/**
	 * Puts the widgets in the given order; widgets the list leaves out keep their
	 * relative order after it, and unknown ids are ignored.
	 */
	public void reorder(List<Long> ids) {
		Ordering.renumber(Ordering.arrange(ordered(), ids, SidebarWidget::getId), SidebarWidget::moveTo);
		changed(null);
	}

	private void changed(Long widgetId) {
		this.events.publishEvent(new SidebarChanged(widgetId));
	}

	private List<SidebarWidget> ordered() {
		return this.widgets.findAllByOrderByPositionAscIdAsc();
	}

	private SidebarWidget get(long id) {
		return this.widgets.findById(id).orElseThrow(() -> new EntityNotFoundException("No sidebar widget " + id));
	}

	private SidebarWidget current(long id, long openedVersion) {
		SidebarWidget widget = get(id);
		if (widget.getVersion() != openedVersion) {
			throw new StaleEditException(widget.getVersion());
		}
		return widget;
	}

	private void configure(SidebarWidget widget, WidgetDraft draft) {
		switch (widget.getType()) {
			case LATEST, MOST_READ -> widget.configure(limit(draft.limit()), null, null, null, null, List.of());
			case RATES -> widget.configure(null, null, null, null, null, List.of());
			case EDITORS_PICKS -> widget.configure(null, null, null, null, null, articleSlugs(draft.articleSlugs()));
			case TAGS -> widget.configure(null, null, null, null, null, List.of(), tagSlugs(draft.tagSlugs()));
			case CUSTOM_TEXT -> widget.configure(null, text(draft.html(), true), null, null, null, List.of());
			case PROMO -> configurePromo(widget, draft);
		}
	}

	private void configurePromo(SidebarWidget widget, WidgetDraft draft) {
		String url = blankToNull(draft.linkUrl());
		String linkText = blankToNull(draft.linkText());
		if (url != null && !HttpUrls.isHttpOrSitePath(url)) {
			throw new RejectedEditException("linkUrl", "sidebar.link.http-or-path");
		}
		if (url != null && linkText == null) {
			throw new RejectedEditException("linkText", "sidebar.link.text-required");
		}
		String image = blankToNull(draft.imageFile());
		if (image != null && this.media.findImage(image).isEmpty()) {
			throw new RejectedEditException("imageFile", "sidebar.image.unknown");
		}
		widget.configure(null, text(draft.html(), false), url, (url != null) ? linkText : null, image, List.of());
	}

	private static int limit(Integer limit) {
		if (limit == null || limit < 1 || limit > MAX_LIMIT) {
			throw new RejectedEditException("limit", "sidebar.limit.range", 1, MAX_LIMIT);
		}
		return limit;
	}

	private List<String> articleSlugs(List<String> slugs) {
		List<String> chosen = distinct(slugs);
		if (chosen.isEmpty()) {
			throw new RejectedEditException("articleSlugs", "sidebar.picks.required");
		}
		for (String slug : chosen) {
			if (this.articles.titleOf(slug).isEmpty()) {
				throw new RejectedEditException("articleSlugs", "sidebar.picks.unknown", slug);
			}
		}
		return chosen;
	}

	private List<String> tagSlugs(List<String> slugs) {
		List<String> chosen = distinct(slugs);
		for (String slug : chosen) {
			if (this.tags.findRefsBySlugs(List.of(slug)).isEmpty()) {
				throw new RejectedEditException("tagSlugs", "sidebar.tags.unknown", slug);
			}
		}
		return chosen;
	}

	private SanitizedHtml text(String html, boolean required) {
		SanitizedHtml clean = this.sanitizer.sanitize((html != null) ? html : "");
		if (required && clean.html().isBlank()) {
			throw new RejectedEditException("html", "sidebar.text.required");
		}
		return clean.html().isBlank() ? null : clean;
	}

	private static List<String> distinct(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().map(String::strip).filter((value) -> !value.isEmpty()).distinct().toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
