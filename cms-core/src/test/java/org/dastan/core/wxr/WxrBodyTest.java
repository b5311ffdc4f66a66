package org.dastan.core.wxr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dastan.core.html.HtmlSanitizer;

import static org.assertj.core.api.Assertions.assertThat;

/** WordPress content turned into the HTML an article body holds. */
class WxrBodyTest {

	private final HtmlSanitizer sanitizer = new HtmlSanitizer();

	private final Set<String> unknown = new LinkedHashSet<>();

	@Test
	void givesClassicTextItsParagraphsAndBreaks() {
		assertThat(body(
				"First line\nsecond line\n\nNext paragraph\n\n<ul>\n<li>One\n<ul><li>Nested</li></ul></li>\n</ul>"))
			.isEqualTo("<p>First line<br>\nsecond line</p>\n<p>Next paragraph</p>\n"
					+ "<ul>\n<li>One\n<ul><li>Nested</li></ul></li>\n</ul>\n");
	}

	@Test
	void turnsCaptionsGalleriesAndEmbedsIntoFiguresAndLinks() {
		String html = body(
				"[caption id=\"attachment_9\" width=\"300\"]<img src=\"/a.jpg\" alt=\"A\" /> The caption[/caption]"
						+ "\n\n[gallery ids=\"9, 10\"]\n\n[embed]https://video.example/v/1[/embed]");

		assertThat(html).contains("<figure><img src=\"/a.jpg\" alt=\"A\"><figcaption>The caption</figcaption></figure>")
			.contains(
					"<figure><img src=\"https://old.example/9.jpg\" alt=\"Nine\"><figcaption>Caption 9</figcaption></figure>")
			.contains("<figure><img src=\"https://old.example/10.jpg\" alt=\"\"></figure>")
			.contains("<a href=\"https://video.example/v/1\">https://video.example/v/1</a>");
	}

	@Test
	void dropsUnknownShortcodesKeepingTheirTextAndLeavesBracketedWords() {
		String html = body("Join [newsletter list=\"2\"] now. [box]Boxed text[/box] as he said [sic].");

		assertThat(html).isEqualTo("<p>Join  now. Boxed text as he said [sic].</p>\n");
		assertThat(this.unknown).containsExactly("newsletter", "box");
	}

	@Test
	void keepsBlockEditorMarkupWithoutItsCommentsAndLinksEmbeds() {
		String html = body("<!-- wp:paragraph -->\n<p>Block <em>text</em>.</p>\n<!-- /wp:paragraph -->\n\n"
				+ "<!-- wp:embed {\"url\":\"https://video.example/v/2\"} -->\n<figure class=\"wp-block-embed\">"
				+ "<div class=\"wp-block-embed__wrapper\">\nhttps://video.example/v/2\n</div></figure>\n<!-- /wp:embed -->");

		assertThat(html).contains("<p>Block <em>text</em>.</p>")
			.contains("<figure><a href=\"https://video.example/v/2\">https://video.example/v/2</a></figure>")
			.doesNotContain("wp:");
	}

	@Test
	void readsTitlesWithMarkupAndEntitiesAsText() {
		assertThat(WxrBody.plain("Rogun <em>dam</em> &amp; the river&#8217;s power"))
			.isEqualTo("Rogun dam & the river\u2019s power");
	}

	@Test
	void keepsTheOwnWordsOfAYoastTitle() {
		assertThat(WxrText.seoTitle("%%title%% %%sep%% %%sitename%%", "Rogun dam")).isEqualTo("Rogun dam");
		assertThat(WxrText.seoTitle("%%sitename%% | %%sep%%", "Rogun dam")).isNull();
		assertThat(WxrText.seoTitle("Why Rogun matters - %%sitename%%", "x")).isEqualTo("Why Rogun matters");
	}

	@Test
	void makesSlugsOfPercentEncodedCyrillic() {
		assertThat(WxrText.slug("%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8", "x", "post")).isEqualTo("novosti");
		assertThat(WxrText.slug("", "Новости региона", "post")).isEqualTo("novosti-regiona");
		assertThat(WxrText.slug(null, "!!!", "post-7")).isEqualTo("post-7");
	}

	private String body(String content) {
		String html = WxrBody.html(content,
				(id) -> (id == 9) ? new WxrBody.Picture("https://old.example/9.jpg", "Nine", "Caption 9")
						: (id == 10) ? new WxrBody.Picture("https://old.example/10.jpg", null, null) : null,
				List.of(), this.unknown);
		return this.sanitizer.sanitize(html).html();
	}

}
