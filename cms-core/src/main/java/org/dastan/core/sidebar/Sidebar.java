package org.dastan.core.sidebar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityNotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.article.ArticleCard;
import org.dastan.core.article.ArticleCards;
import org.dastan.core.article.PublicArticleIds;
import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.article.TaggedArticles;
import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.rate.Ticker;
import org.dastan.core.sidebar.internal.SidebarWidgetRepository;
import org.dastan.core.tag.TagRef;
import org.dastan.core.tag.TagService;

/**
 * Reads the enabled widgets for a kind of page, in order, and fills each with what it
 * shows. The blocks are kept until content changes: every public page of a kind shows the
 * same ones.
 */
@Service
@Transactional(readOnly = true)
public class Sidebar {

	// A tag list with no tags chosen shows this many topics, those on the most articles:
	// a newsroom has hundreds of topics, too many for every page.
	static final int MOST_USED_TOPICS = 20;

	private final SidebarWidgetRepository widgets;

	private final ArticleCards articles;

	private final TaggedArticles tagged;

	private final PublicArticleIds ids;

	private final TagService tags;

	private final MediaLibrary media;

	private final Ticker ticker;

	private final Clock clock;

	private final ContentCache<Placement, List<SidebarBlock>> kept;

	// The latest and most-read lists each placement's widgets show alike: one sort of the
	// articles per content change, not one per kind of page.
	private final ContentCache<String, List<ArticleCard>> shared;

	private final ContentCache<String, List<TagRef>> mostUsedTopics;

	// Ranking every topic by use counts the whole join table (0.2 to 0.6 s at 100,000
	// articles), and one more article moves that ranking little: it is kept for minutes
	// (dastan.cache.topic-ranking.ttl) across content changes, while which of its topics
	// are public is checked afresh.
	private final Cache<String, List<Long>> topicRanking;

	Sidebar(SidebarWidgetRepository widgets, ArticleCards articles, TaggedArticles tagged, PublicArticleIds ids,
			TagService tags, MediaLibrary media, Ticker ticker, Clock clock, ContentCaches caches,
			@Value("${dastan.cache.topic-ranking.ttl:PT10M}") Duration topicRankingTtl) {
		this.widgets = widgets;
		this.articles = articles;
		this.tagged = tagged;
		this.ids = ids;
		this.tags = tags;
		this.media = media;
		this.ticker = ticker;
		this.clock = clock;
		this.kept = caches.create(Placement.values().length);
		this.shared = caches.create(100);
		this.mostUsedTopics = caches.create(1);
		this.topicRanking = Caffeine.newBuilder().expireAfterWrite(topicRankingTtl).build();
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public List<SidebarBlock> blocksFor(Placement page) {
		return this.kept.get(page, () -> build(page));
	}

	private List<SidebarBlock> build(Placement page) {
		// The widgets as set up; the lists in them name their own keys.
		ContentKeys.touch(ContentKey.SIDEBAR);
		Instant now = this.clock.instant();
		return this.widgets.findByEnabledTrueAndPlacementInOrderByPosition(EnumSet.of(Placement.ALL, page))
			.stream()
			.map((widget) -> fill(WidgetView.of(widget), now))
			.toList();
	}

	/** One widget as readers would see it, switched on or not. */
	public SidebarBlock preview(long widgetId) {
		WidgetView widget = this.widgets.findById(widgetId)
			.map(WidgetView::of)
			.orElseThrow(() -> new EntityNotFoundException("No sidebar widget " + widgetId));
		return fill(widget, this.clock.instant());
	}

	private SidebarBlock fill(WidgetView widget, Instant now) {
		WidgetSettings settings = widget.settings();
		PageRequest first = PageRequest.of(0, settings.limitOrDefault());
		return switch (widget.type()) {
			case LATEST -> SidebarBlock.ofArticles(widget, this.shared.get(widget.type() + " " + first.getPageSize(),
					() -> latest(this.ids.findLatestList(now, first))));
			case MOST_READ -> SidebarBlock.ofArticles(widget, this.shared.get(widget.type() + " " + first.getPageSize(),
					() -> latest(this.ids.findMostRead(now, first))));
			case EDITORS_PICKS -> SidebarBlock.ofArticles(widget, picks(settings.articleSlugs(), now));
			case RATES -> SidebarBlock.ofRates(widget, this.ticker.entries());
			case TAGS -> SidebarBlock.ofTags(widget, tags(settings.tagSlugs(), now));
			case CUSTOM_TEXT, PROMO -> SidebarBlock.ofText(widget, image(settings.imageFile()));
		};
	}

	/** Cards of a list that any publication changes. */
	private List<ArticleCard> latest(List<Long> ids) {
		ContentKeys.touch(ContentKey.LATEST);
		return this.articles.inOrder(ids);
	}

	private List<ArticleCard> picks(List<String> slugs, Instant now) {
		if (slugs.isEmpty()) {
			return List.of();
		}
		Map<String, ArticleCard> bySlug = this.articles.publicBySlugs(slugs, now)
			.stream()
			.collect(Collectors.toMap(ArticleCard::slug, Function.identity()));
		return slugs.stream().map(bySlug::get).filter((card) -> card != null).toList();
	}

	private List<TagRef> tags(List<String> slugs, Instant now) {
		if (slugs.isEmpty()) {
			return this.mostUsedTopics.get("topics", () -> {
				ContentKeys.touch(ContentKey.LATEST);
				return mostUsedTopics(now);
			});
		}
		return this.tags.findRefsBySlugs(slugs);
	}

	private List<TagRef> mostUsedTopics(Instant now) {
		// Counted with drafts (cheap at any size), then checked for a public article so
		// that a topic only a draft carries is not revealed.
		List<Long> mostTagged = this.topicRanking.get("topics",
				(key) -> this.tagged.mostTaggedTopics(MOST_USED_TOPICS * 2));
		List<Long> shown = this.tagged.onPublicArticles(mostTagged, now);
		return this.tags.findRefs(shown)
			.stream()
			.sorted(Comparator.comparing((TagRef tag) -> mostTagged.indexOf(tag.id())))
			.limit(MOST_USED_TOPICS)
			.sorted(Comparator.comparing(TagRef::name))
			.toList();
	}

	private ImageRef image(String fileName) {
		return (fileName != null) ? this.media.findImage(fileName).orElse(null) : null;
	}

}
