package org.dastan.web.caching;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.cache.ContentKeys;
import org.dastan.core.change.ContentChanged;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.web.error.DatabaseOutage;
import org.dastan.web.i18n.ReaderLocales;

/**
 * Keeps rendered public pages in memory and serves repeat requests from there, in front
 * of everything else (security headers, ETag and all are replayed as first sent). A page
 * is keyed by what it shows: host, path, the query parameters the page reads
 * ({@link PageParameters}), the reader's language and the day in the masthead; nothing
 * else in it depends on the request (no session, no CSRF token, no nonce). A page is kept
 * with the keys of all it showed ({@link ContentKeys}) and goes when a change on any node
 * touches one of them ({@link ContentChanged}), and at the latest after
 * {@code dastan.cache.pages.ttl}. When many readers ask for a page that is not kept, one
 * renders it and the others wait for that copy: right after a save, a busy page is
 * rendered once, not once per reader. Only a few pages render at a time
 * ({@code dastan.cache.pages.max-concurrent-renders}): a flood of distinct URLs waits
 * briefly, then gets 503 with Retry-After, while kept pages go on being served. While the
 * database cannot be reached, the last good copy of a page is served, marked
 * {@code X-Dastan-Stale: 1} and {@code Warning: 110}, for up to
 * {@code dastan.cache.pages.stale-ttl} after it was rendered.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
@ConditionalOnBooleanProperty(name = "dastan.cache.pages.enabled", matchIfMissing = true)
class PageCache {

	// First of all filters but the home page's WordPress redirects (/?p=123, which this
	// cache would serve as the home page): a page served from memory costs no filter
	// chain, neither Spring Security's nor Spring Session's, nor a metrics observation
	// (so
	// http.server.requests counts only the pages rendered).
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

	private final ContentCache<String, KeptPage> pages;

	// Pieces kept apart from the pages that show them (PagePieces): the sidebar of each
	// kind of page, per language and day.
	private final ContentCache<String, KeptPage.PieceCopy> pieces;

	// The last good copy of each page, kept through content changes: served, marked
	// stale, only while the database cannot be reached.
	private final Cache<String, CachedPage> lastGood;

	private final PageCacheProperties properties;

	PageCache(PageCacheProperties properties, ContentCaches caches) {
		this.properties = properties;
		this.pages = caches.register(Caffeine.newBuilder().expireAfterWrite(properties.ttl()),
				properties.maxSize().toBytes(), KeptPage::weight);
		this.pieces = caches.register(Caffeine.newBuilder().expireAfterWrite(properties.ttl()),
				properties.maxSize().toBytes() / 8, KeptPage.PieceCopy::weight);
		this.lastGood = lastGood(properties);
	}

	static Cache<String, CachedPage> lastGood(PageCacheProperties properties) {
		return Caffeine.newBuilder()
			.expireAfterWrite(properties.staleTtl())
			.maximumWeight(properties.maxSize().toBytes())
			.<String, CachedPage>weigher((key, page) -> page.weight())
			.build();
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(LocaleResolver localeResolver, NewsroomProperties newsroom,
			Clock clock) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(
				this.pages, this.pieces, this.lastGood, this.properties, localeResolver, newsroom, clock));
		registration.addUrlPatterns(CachedPaths.EVERY_PATH);
		registration.setOrder(ORDER);
		return registration;
	}

	static class PageCacheFilter extends OncePerRequestFilter {

		// How long a reader waits for another request's rendering of the same page before
		// rendering it too.
		private static final long WAIT_FOR_RENDERING_MS = 5_000;

		// Long enough for the renderings ahead to finish and the pages to be kept.
		private static final String RETRY_AFTER_SECONDS = "2";

		/** Marks a page served from before because the database cannot be reached. */
		static final String STALE = "X-Dastan-Stale";

		// After the database was found unreachable, pages kept from before are served
		// stale without trying it again for this long.
		private static final long OUTAGE_RECHECK_NANOS = TimeUnit.SECONDS.toNanos(5);

		private final ContentCache<String, KeptPage> pages;

		private final ContentCache<String, KeptPage.PieceCopy> pieces;

		private final Cache<String, CachedPage> lastGood;

		private volatile MastheadDay today;

		private volatile long outageSeenAt = System.nanoTime() - OUTAGE_RECHECK_NANOS;

		private final ConcurrentHashMap<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

		private final LocaleResolver localeResolver;

		private final NewsroomProperties newsroom;

		private final Clock clock;

		private final Semaphore renderings;

		private final Duration renderWait;

		PageCacheFilter(ContentCache<String, KeptPage> pages, ContentCache<String, KeptPage.PieceCopy> pieces,
				Cache<String, CachedPage> lastGood, PageCacheProperties properties, LocaleResolver localeResolver,
				NewsroomProperties newsroom, Clock clock) {
			this.pages = pages;
			this.pieces = pieces;
			this.lastGood = lastGood;
			this.localeResolver = localeResolver;
			this.newsroom = newsroom;
			this.clock = clock;
			this.renderings = new Semaphore(properties.maxConcurrentRenders());
			this.renderWait = properties.renderWait();
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !CachedPaths.covers(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			if (!"GET".equals(request.getMethod())) {
				filterChain.doFilter(request, response);
				return;
			}
			// A language switch sets a cookie; it goes through, the pages in either
			// language are kept. It renders, so it waits its turn like any rendering.
			if (request.getParameter(ReaderLocales.PARAMETER) != null) {
				if (!acquireRendering()) {
					refuse(response);
					return;
				}
				try {
					filterChain.doFilter(request, response);
				}
				finally {
					this.renderings.release();
				}
				return;
			}
			Locale locale = this.localeResolver.resolveLocale(request);
			Map<String, List<String>> parameters = PageParameters.read(request);
			String address = address(request, parameters, locale);
			String day = today();
			String key = address + " " + day;
			KeptPage kept = this.pages.getIfPresent(key);
			CachedPage page = (kept != null) ? servable(kept) : renderedByAnother(key);
			if (page != null) {
				page.writeTo(request, response);
				return;
			}
			CachedPage stale = this.lastGood.getIfPresent(address);
			if (stale != null && System.nanoTime() - this.outageSeenAt < OUTAGE_RECHECK_NANOS) {
				serveStale(stale, request, response);
				return;
			}
			if (!acquireRendering()) {
				if (stale != null) {
					serveStale(stale, request, response);
					return;
				}
				refuse(response);
				return;
			}
			CountDownLatch mine = new CountDownLatch(1);
			boolean first = this.rendering.putIfAbsent(key, mine) == null;
			// A kept page whose piece is gone: this rendering brings the piece back for
			// every page that shows it.
			String piece = (kept instanceof PageWithPiece withPiece) ? withPiece.pieceKey() : null;
			boolean firstForPiece = piece != null && this.rendering.putIfAbsent(piece, mine) == null;
			try {
				render(PageParameters.only(request, parameters), response, filterChain, key, address, locale, day);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				if (stale == null || !DatabaseOutage.causes(ex)) {
					throw ex;
				}
				this.outageSeenAt = System.nanoTime();
				logger.warn("Serving " + address + " stale: the database cannot be reached");
				response.reset();
				serveStale(stale, request, response);
			}
			finally {
				this.renderings.release();
				if (first) {
					this.rendering.remove(key, mine);
				}
				if (firstForPiece) {
					this.rendering.remove(piece, mine);
				}
				mine.countDown();
			}
		}

		private static void await(CountDownLatch rendering) {
			try {
				rendering.await(WAIT_FOR_RENDERING_MS, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		/** The day in the masthead, worked out once a day rather than per request. */
		private String today() {
			long now = this.clock.millis();
			MastheadDay day = this.today;
			if (day == null || now < day.startMillis() || now >= day.endMillis()) {
				day = MastheadDay.of(now, this.newsroom.timeZone());
				this.today = day;
			}
			return day.text();
		}

		private record MastheadDay(String text, long startMillis, long endMillis) {

			static MastheadDay of(long millis, ZoneId zone) {
				LocalDate date = Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
				return new MastheadDay(date.toString(), date.atStartOfDay(zone).toInstant().toEpochMilli(),
						date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
			}

		}

		private static void refuse(HttpServletResponse response) throws IOException {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}

		private static void serveStale(CachedPage stale, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			response.setHeader(STALE, "1");
			response.setHeader(HttpHeaders.WARNING, "110 - \"Response is Stale\"");
			stale.writeTo(request, response);
		}

		private boolean acquireRendering() {
			try {
				return this.renderings.tryAcquire(this.renderWait.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		/** The page another request is rendering right now, once it is done; or null. */
		private CachedPage renderedByAnother(String key) {
			CountDownLatch other = this.rendering.get(key);
			if (other == null) {
				return null;
			}
			await(other);
			// Null when that page could not be kept (an error, a cookie) or content
			// changed.
			KeptPage kept = this.pages.getIfPresent(key);
			return (kept != null) ? kept.servable(this.pieces) : null;
		}

		/**
		 * The kept page, put together with its piece. When the piece is gone and another
		 * request is rendering a page that brings it back, that one is waited for: after
		 * a publication, the first page rendered gives every other page of its kind the
		 * new sidebar.
		 */
		private CachedPage servable(KeptPage kept) {
			CachedPage page = kept.servable(this.pieces);
			if (page == null && kept instanceof PageWithPiece withPiece) {
				CountDownLatch other = this.rendering.get(withPiece.pieceKey());
				if (other != null) {
					await(other);
					page = kept.servable(this.pieces);
				}
			}
			return page;
		}

		private void render(HttpServletRequest request, HttpServletResponse response, FilterChain filterChain,
				String key, String address, Locale locale, String day) throws ServletException, IOException {
			long generation = this.pages.generation();
			long pieceGeneration = this.pieces.generation();
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			Set<String> shown;
			try (ContentKeys.Collection keys = ContentKeys.collect()) {
				filterChain.doFilter(request, wrapper);
				shown = keys.keys();
			}
			// A page rendered while a change to what it shows was made may show the old
			// content: not kept.
			if (CachedPage.isCacheable(wrapper)) {
				CachedPage page = CachedPage.of(wrapper, locale);
				KeptPage kept = page;
				PagePieces.Piece piece = PagePieces.of(request);
				PageWithPiece.Split split = (piece != null)
						? PageWithPiece.split(wrapper.getContentAsByteArray(), piece.keys()) : null;
				if (split != null) {
					String pieceKey = pieceKey(request, piece, locale, day);
					this.pieces.putUnlessChangedSince(pieceGeneration, pieceKey, split.piece(), piece.keys());
					kept = PageWithPiece.of(split, page, pieceKey, shown);
				}
				this.pages.putUnlessChangedSince(generation, key, kept, shown);
				this.lastGood.put(address, page);
				// Sent as later readers get it: compressed, as kept.
				page.writeBodyTo(request, response);
				return;
			}
			wrapper.copyBodyToResponse();
		}

		/** A piece is the same on every page of its kind, in one language, on one day. */
		private static String pieceKey(HttpServletRequest request, PagePieces.Piece piece, Locale locale, String day) {
			return origin(request) + " " + piece.name() + " " + locale.toLanguageTag() + " " + day;
		}

		private static String origin(HttpServletRequest request) {
			return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
		}

		/** The page as the reader asked for it, whatever the day. */
		private static String address(HttpServletRequest request, Map<String, List<String>> parameters, Locale locale) {
			return origin(request) + request.getRequestURI() + "?" + PageParameters.query(parameters) + " "
					+ locale.toLanguageTag();
		}

	}

}
