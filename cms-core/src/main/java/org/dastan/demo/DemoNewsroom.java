package org.dastan.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.ArticleImports;
import org.dastan.core.article.ImportArticle;
import org.dastan.core.author.AuthorDraft;
import org.dastan.core.author.AuthorService;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.demo.DemoContent.DemoArticle;
import org.dastan.core.media.MadePicture;
import org.dastan.core.media.MediaDescription;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaView;
import org.dastan.core.page.Pages;
import org.dastan.core.rate.Currencies;
import org.dastan.core.rate.RateImports;
import org.dastan.core.sidebar.SidebarWidgets;
import org.dastan.core.suggest.PickArticles;
import org.dastan.core.suggest.SuggestedLinks;
import org.dastan.core.tag.TagDraft;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;

/**
 * Seeds the demo newsroom on the first start of an empty database, and never again: a
 * flag row records that it ran, so deleting the demo articles later does not bring them
 * back.
 */
@Component
@ConditionalOnBooleanProperty(name = "dastan.demo.enabled")
class DemoNewsroom implements ApplicationRunner {

	static final String FLAG = "demo-newsroom-seeded";

	// As many days as the public rates page charts, so that its charts are full.
	static final int RATE_DAYS = 90;

	private static final Logger logger = LoggerFactory.getLogger(DemoNewsroom.class);

	private final DemoRepositories repositories;

	private final NewsroomProperties properties;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final EntityManager entities;

	DemoNewsroom(DemoRepositories repositories, NewsroomProperties properties, Clock clock, JdbcTemplate jdbc,
			TransactionTemplate transaction, EntityManager entities) {
		this.entities = entities;
		this.repositories = repositories;
		this.properties = properties;
		this.clock = clock;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (wasSeeded() || this.repositories.articles().count() > 0) {
			return;
		}
		try {
			int articles = this.transaction.execute((status) -> seed());
			logger.info("Seeded the demo newsroom: {} articles; switch off with dastan.demo.enabled=false", articles);
		}
		catch (DataIntegrityViolationException ex) {
			if (!wasSeeded()) {
				throw ex;
			}
			// Two nodes started on one empty database: the other one seeded it first.
			logger.info("The demo newsroom was seeded by another node");
		}
	}

	boolean wasSeeded() {
		return this.jdbc.queryForObject("select count(*) from app_flags where name = ?", Integer.class, FLAG) > 0;
	}

	private int seed() {
		this.jdbc.update("insert into app_flags (name, set_at) values (?, ?)", FLAG,
				Timestamp.from(this.clock.instant()));
		DemoContent content = DemoContent.load();
		DemoPictures pictures = seedPictures(content);
		Map<String, Long> tags = seedTags(content);
		writeAndForget();
		Map<String, Long> authors = seedAuthors(content, pictures.portraits());
		writeAndForget();
		Map<String, Long> articles = seedArticles(content, tags, authors, pictures.scenes());
		writeAndForget();
		seedSuggestedLinks(content, articles);
		seedRates();
		DemoWidgets.all().forEach(this.repositories.widgets()::add);
		DemoPages.all().forEach((page) -> this.repositories.pages().importPage(page, true));
		return articles.size();
	}

	/**
	 * Writes what the session holds and lets it go: the phases pass ids, not entities,
	 * and every query of the next phase would otherwise first check all of it for
	 * changes.
	 */
	private void writeAndForget() {
		this.entities.flush();
		this.entities.clear();
	}

	private Map<String, Long> seedTags(DemoContent content) {
		Map<String, Long> tags = new HashMap<>();
		// A tag that joins the navigation goes last: the tags are made in their order
		// there.
		List<DemoContent.DemoTag> inOrder = content.tags()
			.stream()
			.sorted(Comparator.comparing(DemoContent.DemoTag::navPosition,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		for (DemoContent.DemoTag demo : inOrder) {
			long id = this.repositories.tags()
				.create(new TagDraft(demo.name(), demo.slug(), demo.description(), TagKind.valueOf(demo.kind()),
						demo.navPosition() != null))
				.id();
			tags.put(demo.slug(), id);
		}
		return tags;
	}

	/**
	 * The authors' portraits and the articles' pictures, by slug: stored all at once, so
	 * that they are painted and encoded two at a time.
	 */
	private DemoPictures seedPictures(DemoContent content) {
		List<String> slugs = new ArrayList<>();
		List<MadePicture> pictures = new ArrayList<>();
		for (DemoContent.DemoAuthor demo : content.authors()) {
			slugs.add(demo.slug());
			pictures.add(new MadePicture(() -> DemoImagePainter.paintPortrait(demo.name(), demo.slug().hashCode(), 400),
					new MediaDescription("Portrait of " + demo.name(), null, null)));
		}
		for (DemoArticle demo : content.articles()) {
			slugs.add(demo.slug());
			pictures.add(new MadePicture(
					() -> DemoImagePainter.paintScene(demo.image().scene(), demo.slug().hashCode(), 1200, 675),
					new MediaDescription(demo.image().alt(), demo.image().caption(), demo.image().credit())));
		}
		List<MediaView> stored = this.repositories.media().storeAll(pictures);
		Map<String, Long> portraits = new HashMap<>();
		Map<String, Long> scenes = new HashMap<>();
		for (int i = 0; i < stored.size(); i++) {
			(i < content.authors().size() ? portraits : scenes).put(slugs.get(i), stored.get(i).id());
		}
		return new DemoPictures(portraits, scenes);
	}

	/** The stored pictures' ids: authors' portraits and articles' pictures, by slug. */
	private record DemoPictures(Map<String, Long> portraits, Map<String, Long> scenes) {
	}

	private Map<String, Long> seedAuthors(DemoContent content, Map<String, Long> portraits) {
		Map<String, Long> authors = new HashMap<>();
		for (DemoContent.DemoAuthor demo : content.authors()) {
			long photoId = portraits.get(demo.slug());
			long id = this.repositories.authors()
				.create(new AuthorDraft(demo.name(), demo.slug(), demo.jobTitle(), demo.bio(), photoId, null))
				.id();
			authors.put(demo.slug(), id);
		}
		return authors;
	}

	private Map<String, Long> seedArticles(DemoContent content, Map<String, Long> tags, Map<String, Long> authors,
			Map<String, Long> pictures) {
		Instant now = this.clock.instant();
		ZoneId zone = this.properties.timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		Map<String, Long> articles = new HashMap<>();
		int index = 0;
		for (DemoArticle demo : content.articles()) {
			long imageId = pictures.get(demo.slug());
			Instant publishedAt = today.minusDays(demo.publishedDaysAgo())
				.atTime(demo.publishedHour(), 0)
				.atZone(zone)
				.toInstant();
			if (demo.publishedDaysAgo() >= 0 && publishedAt.isAfter(now)) {
				// Today's stories whose hour has not come yet go out a little earlier, so
				// they show at once.
				publishedAt = now.minusSeconds(60L * (++index));
			}
			boolean published = "PUBLISHED".equals(demo.status());
			Integer updatedAfter = demo.updatedHoursAfter();
			Instant updatedAt = (updatedAfter != null) ? publishedAt.plusSeconds(3600L * updatedAfter) : publishedAt;
			long id = this.repositories.articles()
				.add(new ImportArticle(demo.slug(), demo.title(), demo.standfirst(), demo.body(),
						(demo.section() != null) ? tags.get(demo.section()) : null,
						demo.tags().stream().map(tags::get).collect(Collectors.toSet()),
						demo.authors().stream().map(authors::get).toList(), imageId, demo.image().caption(),
						demo.image().credit(), published ? publishedAt : null, updatedAt.isAfter(now) ? now : updatedAt,
						published ? Math.floorMod(demo.slug().hashCode(), 5000) : 0));
			articles.put(demo.slug(), id);
		}
		return articles;
	}

	private void seedSuggestedLinks(DemoContent content, Map<String, Long> articles) {
		for (DemoArticle demo : content.articles()) {
			List<Long> picks = demo.suggested().stream().map(articles::get).toList();
			if (!picks.isEmpty()) {
				this.repositories.links().pick(new PickArticles(articles.get(demo.slug()), picks));
			}
		}
	}

	private void seedRates() {
		DemoRates.currencies().forEach(this.repositories.currencies()::add);
		LocalDate today = LocalDate.now(this.clock.withZone(this.properties.timeZone()));
		this.repositories.rates()
			.store(DemoRates.SOURCE, DemoRates.lastDays(today, RATE_DAYS, this.properties.tickerBase()));
	}

	/**
	 * The modules' APIs the seeder writes through, gathered so the constructor stays
	 * readable.
	 */
	@Component
	record DemoRepositories(TagService tags, AuthorService authors, ArticleImports articles, MediaLibrary media,
			SuggestedLinks links, SidebarWidgets widgets, Currencies currencies, RateImports rates, Pages pages) {
	}

}
