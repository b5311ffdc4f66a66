package org.dastan.core.cache;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is built from content is built once, kept until content changes, and never kept
 * when content changed while it was being built.
 */
class ContentCacheTest {

	private final ContentCaches caches = new ContentCaches(Duration.ofMinutes(1),
			TransactionOperations.withoutTransaction());

	private final ContentCache<String, String> ticker = this.caches.create(10);

	private final ContentCache<String, String> sidebar = this.caches.create(10);

	private final AtomicInteger builds = new AtomicInteger();

	@Test
	void buildsOnceUntilContentChanges() {
		assertThat(this.ticker.get("today", () -> build("USD 1"))).isEqualTo("USD 1");
		assertThat(this.ticker.get("today", () -> build("USD 2"))).isEqualTo("USD 1");
		assertThat(this.builds).hasValue(1);

		this.caches.clearAll();

		assertThat(this.ticker.get("today", () -> build("USD 2"))).isEqualTo("USD 2");
		assertThat(this.builds).hasValue(2);
	}

	@Test
	void emptiesEveryCacheOnAChange() {
		this.ticker.get("today", () -> build("USD 1"));
		this.sidebar.get("home", () -> build("latest"));

		this.caches.clearAll();

		assertThat(this.ticker.getIfPresent("today")).isNull();
		assertThat(this.sidebar.getIfPresent("home")).isNull();
	}

	@Test
	void doesNotKeepWhatWasBuiltWhileContentChanged() {
		String built = this.ticker.get("today", () -> {
			// Read before another transaction committed a new rate.
			this.caches.clearAll();
			return build("USD 1");
		});

		assertThat(built).isEqualTo("USD 1");
		assertThat(this.ticker.getIfPresent("today")).isNull();
		assertThat(this.ticker.get("today", () -> build("USD 2"))).isEqualTo("USD 2");
	}

	@Test
	void keepsAValueReadBeforeAChangeOnlyWithTheGenerationItWasReadAt() {
		long before = this.sidebar.generation();
		this.caches.clearAll();

		this.sidebar.putUnlessChangedSince(before, "home", "latest before the change", Set.of("latest"));
		assertThat(this.sidebar.getIfPresent("home")).isNull();

		this.sidebar.putUnlessChangedSince(this.sidebar.generation(), "home", "latest", Set.of("latest"));
		assertThat(this.sidebar.getIfPresent("home")).isEqualTo("latest");
	}

	@Test
	void dropsOnlyWhatShowsAChangedKey() {
		this.ticker.get("today", () -> touched("USD 1", ContentKey.RATES));
		this.sidebar.get("home", () -> touched("latest", ContentKey.LATEST, ContentKey.card(41)));
		this.sidebar.get("article", () -> touched("most read", ContentKey.card(42)));

		this.caches.drop(Set.of(ContentKey.card(41)));

		assertThat(this.ticker.getIfPresent("today")).isEqualTo("USD 1");
		assertThat(this.sidebar.getIfPresent("home")).isNull();
		assertThat(this.sidebar.getIfPresent("article")).isEqualTo("most read");
	}

	@Test
	void keepsAValueBuiltWhileAChangeToSomethingElseWasMade() {
		String built = this.ticker.get("today", () -> {
			this.caches.drop(Set.of(ContentKey.SIDEBAR));
			return touched("USD 1", ContentKey.RATES);
		});

		assertThat(built).isEqualTo("USD 1");
		assertThat(this.ticker.getIfPresent("today")).isEqualTo("USD 1");
	}

	@Test
	void namesWhatAKeptValueShowsForThePageThatUsesIt() {
		this.ticker.get("today", () -> touched("USD 1", ContentKey.RATES));

		try (ContentKeys.Collection page = ContentKeys.collect()) {
			this.ticker.get("today", () -> build("never built"));
			ContentKeys.touch(ContentKey.article(41));

			assertThat(page.keys()).containsExactly(ContentKey.RATES, ContentKey.article(41));
		}
		assertThat(this.builds).hasValue(1);
	}

	@Test
	void keepsWhatAPieceApartShowsOutOfThePageAroundIt() {
		this.ticker.get("today", () -> touched("USD 1", ContentKey.RATES));

		try (ContentKeys.Collection page = ContentKeys.collect()) {
			ContentKeys.touch(ContentKey.article(41));
			try (ContentKeys.Collection sidebar = ContentKeys.collectApart()) {
				this.ticker.get("today", () -> build("never built"));
				ContentKeys.touch(ContentKey.LATEST);

				assertThat(sidebar.keys()).containsExactly(ContentKey.RATES, ContentKey.LATEST);
			}
			ContentKeys.touch(ContentKey.card(7));

			assertThat(page.keys()).containsExactly(ContentKey.article(41), ContentKey.card(7));
		}
	}

	private String touched(String value, String... keys) {
		ContentKeys.touch(List.of(keys));
		return build(value);
	}

	private String build(String value) {
		this.builds.incrementAndGet();
		return value;
	}

}
