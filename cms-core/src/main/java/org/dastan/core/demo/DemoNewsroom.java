package org.dastan.core.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.dastan.core.author.Author;
import org.dastan.core.author.AuthorRepository;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.demo.DemoContent.DemoArticle;
import org.dastan.core.media.Media;
import org.dastan.core.media.MediaRepository;
import org.dastan.core.media.MediaStorage;
import org.dastan.core.rate.Currencies;
import org.dastan.core.rate.RateImports;
import org.dastan.core.sidebar.SidebarWidgets;
import org.dastan.core.suggest.PickArticles;
import org.dastan.core.suggest.SuggestedLinks;
import org.dastan.core.tag.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagRepository;

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

	private final MediaStorage storage;

	private final NewsroomProperties properties;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	DemoNewsroom(DemoRepositories repositories, MediaStorage storage, NewsroomProperties properties, Clock clock,
			JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.repositories = repositories;
		this.storage = storage;
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
		Map<String, Tag> tags = seedTags(content);
		Map<String, Author> authors = seedAuthors(content);
		Map<String, Long> articles = seedArticles(content, tags, authors);
		seedSuggestedLinks(content, articles);
		seedRates();
		DemoWidgets.all().forEach(this.repositories.widgets()::add);
		return articles.size();
	}

	private Map<String, Tag> seedTags(DemoContent content) {
		Map<String, Tag> tags = new HashMap<>();
		for (DemoContent.DemoTag demo : content.tags()) {
			Tag tag = new Tag(demo.slug(), demo.name(), TagKind.valueOf(demo.kind()));
			tag.setDescription(demo.description());
			tag.setNavPosition(demo.navPosition());
			tags.put(demo.slug(), this.repositories.tags().save(tag));
		}
		return tags;
	}

	private Map<String, Author> seedAuthors(DemoContent content) {
		Map<String, Author> authors = new HashMap<>();
		for (DemoContent.DemoAuthor demo : content.authors()) {
			Author author = new Author(demo.slug(), demo.name());
			author.setJobTitle(demo.jobTitle());
			author.setBio(demo.bio());
			Media photo = this.storage.storeJpeg(
					DemoImagePainter.paintPortrait(demo.name(), demo.slug().hashCode(), 400),
					"Portrait of " + demo.name());
			author.setPhoto(this.repositories.media().save(photo));
			authors.put(demo.slug(), this.repositories.authors().save(author));
		}
		return authors;
	}

	private Map<String, Long> seedArticles(DemoContent content, Map<String, Tag> tags, Map<String, Author> authors) {
		Instant now = this.clock.instant();
		ZoneId zone = this.properties.timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		Map<String, Long> articles = new HashMap<>();
		int index = 0;
		for (DemoArticle demo : content.articles()) {
			Media image = this.storage.storeJpeg(
					DemoImagePainter.paintScene(demo.image().scene(), demo.slug().hashCode(), 1200, 675),
					demo.image().alt());
			image.setCaption(demo.image().caption());
			image.setCredit(demo.image().credit());
			long imageId = this.repositories.media().save(image).getId();
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
						(demo.section() != null) ? tags.get(demo.section()).getId() : null,
						demo.tags().stream().map((slug) -> tags.get(slug).getId()).collect(Collectors.toSet()),
						demo.authors().stream().map((slug) -> authors.get(slug).getId()).toList(), imageId,
						demo.image().caption(), demo.image().credit(), published ? publishedAt : null,
						updatedAt.isAfter(now) ? now : updatedAt,
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
	 * The repositories (and the rate, sidebar and suggest modules' APIs) the seeder
	 * writes to, gathered so the constructor stays readable.
	 */
	@Component
	record DemoRepositories(TagRepository tags, AuthorRepository authors, ArticleImports articles,
			MediaRepository media, SuggestedLinks links, SidebarWidgets widgets, Currencies currencies,
			RateImports rates) {
	}

}
