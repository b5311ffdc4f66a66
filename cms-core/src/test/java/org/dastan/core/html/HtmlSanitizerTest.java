package org.dastan.core.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTest {

	private static final Path XSS = Path.of(System.getProperty("dastan.shared.dir", "../../shared"), "fixtures", "xss");

	private final HtmlSanitizer sanitizer = new HtmlSanitizer();

	@Test
	void keepsTheStructureEditorsWrite() {
		String body = "<p>Intro with <strong>bold</strong>, <em>italic</em> and "
				+ "<a href=\"/articles/rogun-dam-turbine-milestone\">a link</a>.</p><h2>Subheading</h2>"
				+ "<blockquote><p>A quote.</p></blockquote><ul><li>one</li></ul><ol><li>two</li></ol>"
				+ "<h3>Smaller</h3><p><a href=\"https://example.org/report\">source</a></p>"
				+ "<figure><img src=\"/media/photo.jpg\" alt=\"A dam\"><figcaption>Rogun</figcaption></figure>";
		assertThat(this.sanitizer.sanitize(body).html()).isEqualTo(body);
	}

	@Test
	void removesScriptsHandlersAndDangerousUrls() {
		String dirty = "<p onclick=\"steal()\" style=\"color:red\">Hi<script>alert(1)</script></p>"
				+ "<a href=\"javascript:alert(2)\">x</a><img src=\"javascript:alert(4)\" onerror=\"alert(3)\"><iframe src=\"//evil\"></iframe>";
		assertThat(this.sanitizer.sanitize(dirty).html()).isEqualTo("<p>Hi</p><a>x</a><img>");
	}

	@Test
	void readsLineBreaksAsHtmlParsersDo() {
		// A form sends the body's textarea with CR LF line breaks.
		assertThat(this.sanitizer.sanitize("<pre>a\r\nb\rc</pre><p>d\r\ne</p>").html())
			.isEqualTo("<pre>a\nb\nc</pre><p>d\ne</p>");
	}

	@Test
	void turnsBlankInputIntoEmptyHtml() {
		assertThat(this.sanitizer.sanitize(null).html()).isEmpty();
		assertThat(this.sanitizer.sanitize("   ").html()).isEmpty();
	}

	@Test
	void leavesEveryFixturePayloadInert() throws IOException {
		List<String> payloads = new ArrayList<>();
		payloads.addAll(Files.readAllLines(XSS.resolve("payloads-all-the-things-xss.txt")));
		payloads.addAll(Files.readAllLines(XSS.resolve("xss_alert_identifiable.txt")));
		try (Stream<Path> svgs = Files.list(XSS.resolve("svg"))) {
			for (Path svg : svgs.toList()) {
				payloads.add(Files.readString(svg));
			}
		}
		assertThat(payloads).hasSizeGreaterThan(2300);
		for (String payload : payloads) {
			String clean = this.sanitizer.sanitize(payload).html();
			for (Element element : Jsoup.parseBodyFragment(clean).body().getAllElements()) {
				assertThat(element.tagName()).as(payload)
					.isNotIn("script", "iframe", "object", "embed", "svg", "style", "form", "input", "math", "base",
							"link", "meta");
				for (Attribute attribute : element.attributes()) {
					assertThat(attribute.getKey()).as(payload).doesNotStartWith("on").isNotEqualTo("style");
					String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
					assertThat(value).as(payload)
						.doesNotStartWith("javascript:")
						.doesNotStartWith("vbscript:")
						.doesNotStartWith("data:");
				}
			}
		}
	}

}
