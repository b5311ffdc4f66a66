package org.dastan.core.wxr;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast a large export imports: a generated one of {@code -Dwxr.posts=N} posts with
 * many tags, run only when asked, since it takes a while. Prints items a second.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dastan-wxr-speed;DB_CLOSE_DELAY=-1")
@EnabledIfSystemProperty(named = "wxr.posts", matches = "\\d+")
class WordPressImportSpeedTest {

	private static final int TAGS = 2000;

	private static final int AUTHORS = 40;

	@TempDir
	Path temp;

	@Autowired
	private WordPressImport wordPress;

	@Test
	void importsALargeExport() throws IOException {
		int posts = Integer.getInteger("wxr.posts");
		Path export = this.temp.resolve("large.xml");
		write(export, posts);

		WxrReport report = this.wordPress.run(export, new WxrOptions(URI.create("https://large.example"), false),
				new WxrProgress());

		System.out.printf("WordPress import: %d items in %d ms, %d items a second; %d redirects%n", report.items(),
				report.millis(), report.itemsPerSecond(), report.added(WxrKind.REDIRECT));
		assertThat(report.added(WxrKind.ARTICLE)).isEqualTo(posts);
		assertThat(report.added(WxrKind.TAG)).isEqualTo(TAGS);
		assertThat(report.added(WxrKind.AUTHOR)).isEqualTo(AUTHORS);
	}

	private static void write(Path file, int posts) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("""
					<?xml version="1.0" encoding="UTF-8" ?>
					<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
						xmlns:content="http://purl.org/rss/1.0/modules/content/"
						xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
					<channel><title>Large</title><link>https://large.example</link>
					""");
			for (int a = 1; a <= AUTHORS; a++) {
				out.write("<wp:author><wp:author_id>" + a + "</wp:author_id><wp:author_login><![CDATA[writer" + a
						+ "]]></wp:author_login><wp:author_display_name><![CDATA[Writer " + a
						+ "]]></wp:author_display_name></wp:author>\n");
			}
			for (int c = 1; c <= 5; c++) {
				out.write("<wp:category><wp:term_id>" + c + "</wp:term_id><wp:category_nicename>section-" + c
						+ "</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Section "
						+ c + "]]></wp:cat_name></wp:category>\n");
			}
			for (int t = 1; t <= TAGS; t++) {
				out.write("<wp:tag><wp:term_id>" + (100 + t) + "</wp:term_id><wp:tag_slug>topic-" + t
						+ "</wp:tag_slug><wp:tag_name><![CDATA[Topic " + t + "]]></wp:tag_name></wp:tag>\n");
			}
			for (int p = 1; p <= posts; p++) {
				StringBuilder item = new StringBuilder(
						"<item><title><![CDATA[Story number " + p + " &amp; more]]></title>");
				item.append("<link>https://large.example/2020/01/story-").append(p).append("/</link>");
				item.append("<dc:creator><![CDATA[writer").append(1 + p % AUTHORS).append("]]></dc:creator>");
				item.append("<guid isPermaLink=\"false\">https://large.example/?p=").append(p).append("</guid>");
				item.append("<content:encoded><![CDATA[");
				for (int paragraph = 0; paragraph < 8; paragraph++) {
					item.append(
							"A paragraph of the story, with <strong>some</strong> words and a <a href=\"https://large.example/2019/01/older/\">link</a>.\n\n");
				}
				item.append("]]></content:encoded><excerpt:encoded><![CDATA[The standfirst of ").append(p);
				item.append(".]]></excerpt:encoded><wp:post_id>").append(1000 + p).append("</wp:post_id>");
				item.append("<wp:post_date_gmt>2020-01-01 10:00:00</wp:post_date_gmt><wp:post_name>story-").append(p);
				item.append("</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>");
				item.append("<wp:is_sticky>0</wp:is_sticky>");
				item.append("<category domain=\"category\" nicename=\"section-")
					.append(1 + p % 5)
					.append("\"><![CDATA[Section]]></category>");
				for (int t = 0; t < 5; t++) {
					int tag = 1 + (p * 7 + t * 131) % TAGS;
					item.append("<category domain=\"post_tag\" nicename=\"topic-")
						.append(tag)
						.append("\"><![CDATA[Topic ")
						.append(tag)
						.append("]]></category>");
				}
				item.append("</item>\n");
				out.write(item.toString());
			}
			out.write("</channel></rss>\n");
		}
	}

}
