package org.dastan.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.ArticleImports;
import org.dastan.core.article.ImportArticle;
import org.dastan.core.author.AuthorDraft;
import org.dastan.core.author.AuthorService;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.rate.Currencies;
import org.dastan.core.rate.CurrencyView;
import org.dastan.core.rate.PublishedRate;
import org.dastan.core.rate.RateBook;
import org.dastan.core.rate.RateImports;
import org.dastan.core.suggest.PickArticles;
import org.dastan.core.suggest.SuggestedLinks;
import org.dastan.core.tag.TagDraft;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;

/**
 * Started with {@code --dastan.bench.generate=N}: once the application is ready (the demo
 * newsroom seeded), adds N published articles over five years with authors, topics,
 * suggested links and five years of daily rates (authors, links and rates through their
 * modules' APIs), through the entities and one transaction per batch (flushed and
 * cleared, so memory stays flat), builds the search index with the mass indexer, and
 * exits.
 */
@Component
@ConditionalOnProperty("dastan.bench.generate")
class BenchDataset {

	private static final Logger logger = LoggerFactory.getLogger(BenchDataset.class);

	private static final int BATCH = 500;

	private static final int TOPICS = 300;

	private static final int AUTHORS = 60;

	private static final int RATE_YEARS = 5;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate transaction;

	private final ArticleImports imports;

	private final NewsroomProperties properties;

	private final Currencies currencies;

	private final RateBook rateBook;

	private final RateImports rateImports;

	private final SuggestedLinks links;

	private final AuthorService authors;

	private final TagService tags;

	private final ApplicationContext context;

	private final int count;

	BenchDataset(EntityManager entityManager, EntityManagerFactory entityManagerFactory,
			TransactionTemplate transaction, ArticleImports imports, NewsroomProperties properties,
			Currencies currencies, RateBook rateBook, RateImports rateImports, SuggestedLinks links,
			AuthorService authors, TagService tags, ApplicationContext context, Environment environment) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.transaction = transaction;
		this.imports = imports;
		this.properties = properties;
		this.currencies = currencies;
		this.rateBook = rateBook;
		this.rateImports = rateImports;
		this.links = links;
		this.authors = authors;
		this.tags = tags;
		this.context = context;
		this.count = environment.getRequiredProperty("dastan.bench.generate", Integer.class);
	}

	@EventListener(ApplicationReadyEvent.class)
	void generate() throws InterruptedException {
		long start = System.nanoTime();
		List<Long> topics = this.transaction.execute((status) -> topics());
		List<Long> authors = this.transaction.execute((status) -> authors());
		List<Long> sections = ids("select t.id from Tag t where t.kind = org.dastan.core.tag.TagKind.SECTION");
		List<Long> images = ids("select m.id from Media m where m.width > 1000");
		rates();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		long spread = ChronoUnit.SECONDS.between(now.minus(RATE_YEARS * 365L, ChronoUnit.DAYS), now);
		for (int first = 0; first < this.count; first += BATCH) {
			int from = first;
			int to = Math.min(this.count, first + BATCH);
			this.transaction.executeWithoutResult((status) -> {
				articles(from, to, now, spread, sections, topics, authors, images);
				this.entityManager.flush();
				this.entityManager.clear();
			});
			if (to % 10_000 == 0 || to == this.count) {
				logger.info("Generated {} of {} articles", to, this.count);
			}
		}
		logger.info("Generated {} articles in {} s; building the search index", this.count, seconds(start));
		// Every indexed entity: articles are the only one.
		Search.mapping(this.entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.startAndWait();
		logger.info("Dataset ready in {} s", seconds(start));
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

	private static long seconds(long start) {
		return (System.nanoTime() - start) / 1_000_000_000L;
	}

	private List<Long> ids(String query) {
		return this.transaction.execute((status) -> this.entityManager.createQuery(query, Long.class).getResultList());
	}

	private List<Long> topics() {
		List<Long> ids = new ArrayList<>();
		BenchText text = new BenchText(1);
		for (int i = 1; i <= TOPICS; i++) {
			ids.add(this.tags
				.create(new TagDraft("Topic " + i + " " + text.words(1), "bench-topic-" + i, null, TagKind.TOPIC,
						false))
				.id());
		}
		return ids;
	}

	private List<Long> authors() {
		List<Long> ids = new ArrayList<>();
		BenchText text = new BenchText(2);
		for (int i = 1; i <= AUTHORS; i++) {
			ids.add(this.authors
				.create(new AuthorDraft("Reporter " + i, "bench-author-" + i, "Correspondent", text.sentence(20), null,
						null))
				.id());
		}
		return ids;
	}

	/**
	 * Daily rates for five years before the demo's last days, as a random walk, one
	 * transaction per currency.
	 */
	private void rates() {
		Random random = new Random(5);
		LocalDate today = LocalDate.now(this.properties.timeZone());
		for (CurrencyView currency : this.currencies.list()) {
			LocalDate oldest = this.rateBook.firstDate(currency.code()).orElse(today);
			double value = 0.01 + random.nextDouble();
			List<PublishedRate> rates = new ArrayList<>();
			for (LocalDate date = today.minusYears(RATE_YEARS); date.isBefore(oldest); date = date.plusDays(1)) {
				value *= 1 + random.nextGaussian() * 0.002;
				rates.add(new PublishedRate(currency.code(), this.properties.tickerBase(), date,
						new BigDecimal(value, new MathContext(6))));
			}
			this.rateImports.store("BENCH", rates);
		}
	}

	private void articles(int from, int to, Instant now, long spread, List<Long> sections, List<Long> topics,
			List<Long> authors, List<Long> images) {
		List<Long> saved = new ArrayList<>();
		for (int n = from; n < to; n++) {
			BenchText text = new BenchText(n);
			Random random = new Random(n);
			Long section = pick(sections, random);
			Set<Long> tags = new HashSet<>();
			for (int t = 0; t < 3; t++) {
				// Square the draw so some topics are common and most are rare, as in a
				// newsroom.
				double skew = random.nextDouble() * random.nextDouble();
				tags.add(topics.get((int) (skew * topics.size())));
			}
			List<Long> byline = List.of(pick(authors, random));
			Long image = images.isEmpty() ? null : pick(images, random);
			// Article n is published n/count of the way back from now: higher numbers are
			// older.
			Instant publishedAt = now.minusSeconds(spread * (this.count - n) / this.count + 60);
			saved.add(this.imports.add(new ImportArticle("bench-" + n + "-" + text.words(3).replace(' ', '-'),
					text.sentence(8).replace(".", ""), text.sentence(25), text.body(), section, tags, byline, image,
					(image != null) ? text.sentence(10) : null, (image != null) ? "@depositphotos" : null, publishedAt,
					publishedAt, 0)));
		}
		for (int i = 1; i < saved.size(); i++) {
			// Each article links to the two saved before it.
			List<Long> before = new ArrayList<>();
			for (int back = 1; back <= 2 && i - back >= 0; back++) {
				before.add(saved.get(i - back));
			}
			this.links.pick(new PickArticles(saved.get(i), before));
		}
	}

	private static Long pick(List<Long> ids, Random random) {
		return ids.get(random.nextInt(ids.size()));
	}

}
