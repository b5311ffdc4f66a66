package org.dastan.web.caching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import org.dastan.core.cache.ContentCache;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.cache.ContentKeys;
import org.dastan.core.config.NewsroomProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The page cache keeps one page per URL the page depends on, and bounds how many pages
 * render at once without making readers of kept pages wait.
 */
class PageCacheFilterTest {

	private static final String[] TRACKING = { "utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid", "v",
			"_" };

	private final AtomicInteger renders = new AtomicInteger();

	// What each rendering saw of the query: a page may show only what its key holds.
	private volatile String seenQuery;

	private volatile CountDownLatch blockRendering = new CountDownLatch(0);

	private volatile boolean databaseDown;

	private final FilterChain renderer = (request, response) -> {
		this.renders.incrementAndGet();
		if (this.databaseDown) {
			throw new CannotGetJdbcConnectionException("Connection is not available, request timed out after 3000ms");
		}
		this.seenQuery = ((HttpServletRequest) request).getQueryString();
		await(this.blockRendering);
		response.setContentType("text/html;charset=UTF-8");
		String uri = ((HttpServletRequest) request).getRequestURI();
		if (uri.startsWith("/tags/") && this.seenQuery == null) {
			renderWithSidebar((HttpServletRequest) request, (HttpServletResponse) response, uri);
			return;
		}
		response.getOutputStream().write(("page " + parameters(request)).getBytes(StandardCharsets.UTF_8));
	};

	// What the sidebar's latest list shows; a publication changes it.
	private volatile String latest = "Rogun dam fills";

	/** A tag page with the sidebar as a piece, as the site renders it. */
	private void renderWithSidebar(HttpServletRequest request, HttpServletResponse response, String uri)
			throws IOException {
		ContentKeys.touch(ContentKey.tagList(7));
		PagePieces.note(request, new PagePieces.Piece("sidebar-TAG", Set.of(ContentKey.LATEST)));
		String body = "<main>" + uri + " render " + this.renders.get() + "</main><!--dastan:piece--><aside>"
				+ this.latest + "</aside><!--dastan:end-piece--><footer></footer>";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setHeader(HttpHeaders.ETAG, PageEtags.etagOf(bytes));
		response.setHeader(PageEtags.XKEY, "all tag-list-7 latest");
		response.getOutputStream().write(bytes);
	}

	// Almaty is five hours ahead of UTC: one minute before midnight there.
	private volatile Instant now = Instant.parse("2026-12-03T18:59:00Z");

	private final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(instant(), zone);
		}

		@Override
		public Instant instant() {
			return PageCacheFilterTest.this.now;
		}

	};

	private final ExecutorService pool = Executors.newCachedThreadPool();

	// Emptied when content changes.
	private final ContentCaches caches = new ContentCaches(Duration.ofMinutes(1),
			TransactionOperations.withoutTransaction());

	private final PageCache.PageCacheFilter filter = filter();

	@AfterEach
	void stop() {
		this.blockRendering.countDown();
		this.pool.shutdownNow();
	}

	@Test
	void rendersAPageOnceWhateverTrackingParametersItCarries() throws Exception {
		assertThat(get("/articles/rogun-dam").getStatus()).isEqualTo(200);
		assertThat(this.renders).hasValue(1);

		for (int i = 0; i < 10_000; i++) {
			String name = TRACKING[i % TRACKING.length] + ((i % 3 == 0) ? "" : "_" + i);
			MockHttpServletResponse response = get("/articles/rogun-dam?" + name + "=" + UUID.randomUUID());
			assertThat(response.getStatus()).isEqualTo(200);
		}

		assertThat(this.renders).as("renderings after the first").hasValue(1);
	}

	@Test
	void keepsAPageApartForEachParameterItReads() throws Exception {
		get("/search?q=tea&utm_source=x");
		assertThat(this.seenQuery).as("the page sees only what it reads").isEqualTo("q=tea");
		get("/search?fbclid=1&q=tea");
		get("/search?page=2&q=tea");
		get("/search?q=tea&page=2&gclid=3");
		get("/sections/kazakhstan?page=2");
		get("/sections/kazakhstan?page=2&q=tea");
		get("/articles/rogun-dam?page=2");
		get("/articles/rogun-dam");

		get("/tags/energy?page=2&utm_source=x");
		get("/tags/energy?page=3");
		get("/tags/energy/extra?page=4");
		get("/tags/energy/extra?page=5");

		assertThat(this.renders).hasValue(7);
		assertThat(get("/search?page=2&q=tea&utm_medium=x").getContentAsString()).isEqualTo("page page=2 q=tea");
		assertThat(get("/tags/energy?page=2").getContentAsString()).isEqualTo("page page=2");
	}

	@Test
	void aPublicationRendersTheSidebarOnceAndPutsTheKeptPagesTogetherWithIt() throws Exception {
		MockHttpServletResponse energyBefore = get("/tags/energy");
		get("/tags/water");
		assertThat(this.renders).hasValue(2);

		this.latest = "Grain harvest begins";
		this.caches.drop(Set.of(ContentKey.LATEST));
		MockHttpServletResponse water = get("/tags/water");
		MockHttpServletResponse energy = get("/tags/energy");
		MockHttpServletResponse energyAgain = get("/tags/energy");

		assertThat(this.renders).as("one render brings the new sidebar for every tag page").hasValue(3);
		assertThat(water.getContentAsString()).contains("/tags/water render 3", "Grain harvest begins");
		assertThat(energy.getContentAsString()).as("its own part kept, the new sidebar put in")
			.isEqualTo("<main>/tags/energy render 1</main><!--dastan:piece--><aside>Grain harvest begins</aside>"
					+ "<!--dastan:end-piece--><footer></footer>");
		assertThat(energy.getHeader(HttpHeaders.ETAG)).isNotEqualTo(energyBefore.getHeader(HttpHeaders.ETAG))
			.isEqualTo(PageEtags.etagOf(energy.getContentAsByteArray()))
			.isEqualTo(energyAgain.getHeader(HttpHeaders.ETAG));
		assertThat(energy.getHeader(PageEtags.XKEY).split(" ")).contains("all", ContentKey.LATEST);
	}

	@Test
	void pagesWhoseSidebarIsGoneWaitForThePageThatIsRenderingIt() throws Exception {
		get("/tags/energy");
		get("/tags/water");
		this.latest = "Grain harvest begins";
		this.caches.drop(Set.of(ContentKey.LATEST));

		this.blockRendering = new CountDownLatch(1);
		Future<MockHttpServletResponse> energy = this.pool.submit(() -> get("/tags/energy"));
		while (this.renders.get() < 3) {
			Thread.onSpinWait();
		}
		Future<MockHttpServletResponse> water = this.pool.submit(() -> get("/tags/water"));
		Thread.sleep(300);
		this.blockRendering.countDown();

		assertThat(energy.get(5, TimeUnit.SECONDS).getContentAsString()).contains("render 3", "Grain harvest begins");
		assertThat(water.get(5, TimeUnit.SECONDS).getContentAsString()).contains("/tags/water render 2",
				"Grain harvest begins");
		assertThat(this.renders).hasValue(3);
	}

	@Test
	void rendersThePageAgainWhenTheNewsroomsDayChanges() throws Exception {
		get("/");
		this.now = this.now.plusSeconds(30);
		get("/");
		assertThat(this.renders).as("the same day in Almaty").hasValue(1);

		this.now = this.now.plusSeconds(60);
		get("/");
		get("/");
		assertThat(this.renders).as("the next day in Almaty, whatever the day in UTC").hasValue(2);
	}

	@Test
	void sendsTheKeptPageCompressedToReadersWhoAcceptGzipAndPlainToOthers() throws Exception {
		MockHttpServletResponse first = get("/articles/rogun-dam", "gzip, deflate, br");
		MockHttpServletResponse kept = get("/articles/rogun-dam", "br;q=1.0, gzip;q=0.8");
		MockHttpServletResponse plain = get("/articles/rogun-dam", null);
		MockHttpServletResponse refused = get("/articles/rogun-dam", "gzip;q=0, identity");

		for (MockHttpServletResponse compressed : List.of(first, kept)) {
			assertThat(compressed.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
			assertThat(gunzip(compressed.getContentAsByteArray())).isEqualTo("page ");
		}
		for (MockHttpServletResponse uncompressed : List.of(plain, refused)) {
			assertThat(uncompressed.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
			assertThat(uncompressed.getContentAsString()).isEqualTo("page ");
		}
		assertThat(List.of(first, kept, plain, refused))
			.allSatisfy((response) -> assertThat(response.getHeaders(HttpHeaders.VARY)).contains("Accept-Encoding"));
		assertThat(this.renders).hasValue(1);
	}

	private static String gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void answersAFloodOfNewPagesWith503WhileKeptPagesStillComeAtOnce() throws Exception {
		get("/articles/kept");
		this.blockRendering = new CountDownLatch(1);
		Future<MockHttpServletResponse> first = this.pool.submit(() -> get("/search?q=one"));
		Future<MockHttpServletResponse> second = this.pool.submit(() -> get("/search?q=two"));
		while (this.renders.get() < 3) {
			Thread.onSpinWait();
		}

		MockHttpServletResponse refused = get("/search?q=three");
		MockHttpServletResponse languageSwitch = get("/search?q=three&lang=ru");
		long start = System.nanoTime();
		MockHttpServletResponse kept = get("/articles/kept?utm_source=x");
		long keptMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(languageSwitch.getStatus()).as("a language switch renders too").isEqualTo(503);
		assertThat(kept.getStatus()).isEqualTo(200);
		assertThat(keptMillis).as("a kept page waits for no rendering").isLessThan(150);
		this.blockRendering.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(get("/search?q=three").getStatus()).as("served once a turn is free").isEqualTo(200);
	}

	@Test
	void servesTheLastGoodCopyMarkedStaleWhileTheDatabaseIsDown() throws Exception {
		String fresh = get("/articles/kept").getContentAsString();
		this.caches.clearAll();
		this.databaseDown = true;

		MockHttpServletResponse stale = get("/articles/kept?utm_source=x");
		MockHttpServletResponse again = get("/articles/kept");

		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getHeader("X-Dastan-Stale")).isEqualTo("1");
		assertThat(stale.getHeader(HttpHeaders.WARNING)).startsWith("110 ");
		assertThat(stale.getContentAsString()).isEqualTo(fresh);
		assertThat(again.getHeader("X-Dastan-Stale")).isEqualTo("1");
		assertThat(this.renders).as("tried once, then not again for a while").hasValue(2);
		assertThatExceptionOfType(CannotGetJdbcConnectionException.class).as("a page never kept fails")
			.isThrownBy(() -> get("/articles/never-kept"));
	}

	private MockHttpServletResponse get(String uri) throws Exception {
		return get(uri, null);
	}

	private MockHttpServletResponse get(String uri, String acceptEncoding) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri.replaceFirst("\\?.*", ""));
		if (acceptEncoding != null) {
			request.addHeader(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
		}
		if (uri.contains("?")) {
			String query = uri.substring(uri.indexOf('?') + 1);
			request.setQueryString(query);
			for (String pair : query.split("&")) {
				String[] nameAndValue = pair.split("=", 2);
				request.addParameter(nameAndValue[0], nameAndValue[1]);
			}
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, this.renderer);
		return response;
	}

	private static String parameters(ServletRequest request) {
		StringBuilder text = new StringBuilder();
		request.getParameterMap()
			.forEach((name,
					values) -> text.append((text.isEmpty()) ? "" : " ").append(name).append("=").append(values[0]));
		return text.toString();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private PageCache.PageCacheFilter filter() {
		ContentCache<String, KeptPage> pages = this.caches.register(Caffeine.newBuilder(), Long.MAX_VALUE,
				KeptPage::weight);
		ContentCache<String, KeptPage.PieceCopy> pieces = this.caches.register(Caffeine.newBuilder(), Long.MAX_VALUE,
				KeptPage.PieceCopy::weight);
		// Two renderings at a time, a fifth of a second's wait for a turn.
		PageCacheProperties properties = new PageCacheProperties(true, Duration.ofMinutes(5), DataSize.ofMegabytes(8),
				2, Duration.ofMillis(200), Duration.ofHours(1));
		NewsroomProperties newsroom = new NewsroomProperties("Dastan", ZoneId.of("Asia/Almaty"), "USD", 4,
				"target/media");
		return new PageCache.PageCacheFilter(pages, pieces, PageCache.lastGood(properties), properties,
				new FixedLocaleResolver(Locale.ENGLISH), newsroom, this.clock);
	}

}
