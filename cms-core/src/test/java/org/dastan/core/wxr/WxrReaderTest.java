package org.dastan.core.wxr;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Reading WordPress exports as WordPress's own exporter writes them. */
class WxrReaderTest {

	@Test
	void readsAuthorsTermsAndItemsWithTheirMetaAndComments() {
		Collected read = read("newsroom.xml");

		assertThat(read.site).isEqualTo("{{SITE}}");
		assertThat(read.authors).extracting(WxrAuthor::login, WxrAuthor::name)
			.containsExactly(tuple("aigerim", "Aigerim Nurlanova"), tuple("timur", "Timur Bekov"));
		assertThat(read.categories).extracting(WxrTerm::slug, WxrTerm::parentSlug, WxrTerm::name)
			.containsExactly(tuple("uncategorized", null, "Uncategorized"), tuple("central-asia", null, "Central Asia"),
					tuple("energy-desk", "central-asia", "Energy &amp; Water"));
		assertThat(read.tags).extracting(WxrTerm::slug).containsExactly("hydropower", "%d0%bd%d0%b5%d1%84%d1%82%d1%8c");

		WxrItem post = read.items.stream().filter((item) -> item.id() == 101).findFirst().orElseThrow();
		assertThat(post.type()).isEqualTo("post");
		assertThat(post.sticky()).isTrue();
		assertThat(post.comments()).isEqualTo(2);
		assertThat(post.content()).startsWith("The dam is <strong>rising</strong> again.\nIt will be the tallest.");
		assertThat(post.meta("_thumbnail_id")).isEqualTo("201");
		// A CDATA end inside a value, as WordPress splits it, comes back whole.
		assertThat(post.meta("_some_plugin_settings")).endsWith("s:3:\"]]>\";}}");
		assertThat(post.terms("post_tag")).extracting(WxrItemTerm::nicename, WxrItemTerm::name)
			.contains(tuple("%d0%bd%d0%b5%d1%84%d1%82%d1%8c", "Нефть"));
		assertThat(post.modifiedGmt()).isEqualTo("2024-05-04 08:00:00");

		WxrItem draft = read.items.stream().filter((item) -> item.id() == 102).findFirst().orElseThrow();
		assertThat(draft.content()).isEmpty();
		assertThat(draft.dateGmt()).isEqualTo("0000-00-00 00:00:00");
		assertThat(read.items).extracting(WxrItem::type)
			.containsExactly("attachment", "attachment", "post", "post", "post", "post", "post", "post", "post", "post",
					"page", "product", "guest-author");
	}

	@Test
	void readsTheNamespacesSpelledWithHttpsAndTextWithoutCdata() {
		Collected read = read("https-namespaces.xml");

		assertThat(read.authors).extracting(WxrAuthor::name).containsExactly("The Editor");
		WxrItem post = read.items.get(0);
		assertThat(post.title()).isEqualTo("Plain & simple");
		assertThat(post.content()).isEqualTo("<p>Escaped, not CDATA.</p>");
		assertThat(post.excerpt()).isEqualTo("Short.");
		assertThat(post.creator()).isEqualTo("editor");
		assertThat(post.dateGmt()).isEqualTo("2023-03-01 12:00:00");
	}

	@Test
	void neverReadsExternalEntities() {
		List<WxrItem> items = new ArrayList<>();
		try {
			items.addAll(read("external-entity.xml").items);
		}
		catch (WxrReader.UnreadableExportException ex) {
			// Refusing the file is as good as reading it without the entity.
		}
		assertThat(items).allSatisfy((item) -> assertThat(item.content()).isNullOrEmpty());
	}

	@Test
	void refusesAFileThatIsNoExport() {
		assertThatExceptionOfType(WxrReader.UnreadableExportException.class)
			.isThrownBy(() -> read("not-an-export.xml"));
	}

	static Collected read(String name) {
		Collected collected = new Collected();
		try (InputStream in = WxrReaderTest.class.getResourceAsStream("/wxr/" + name)) {
			WxrReader.read(in, collected);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return collected;
	}

	static class Collected implements WxrReader.Handler {

		String site;

		final List<WxrAuthor> authors = new ArrayList<>();

		final List<WxrTerm> categories = new ArrayList<>();

		final List<WxrTerm> tags = new ArrayList<>();

		final List<WxrItem> items = new ArrayList<>();

		@Override
		public void site(String baseUrl) {
			this.site = baseUrl;
		}

		@Override
		public void author(WxrAuthor author) {
			this.authors.add(author);
		}

		@Override
		public void category(WxrTerm category) {
			this.categories.add(category);
		}

		@Override
		public void tag(WxrTerm tag) {
			this.tags.add(tag);
		}

		@Override
		public void item(WxrItem item) {
			this.items.add(item);
		}

	}

}
