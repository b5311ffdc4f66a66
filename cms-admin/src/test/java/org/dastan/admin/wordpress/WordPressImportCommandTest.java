package org.dastan.admin.wordpress;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.env.MockEnvironment;

import org.dastan.core.wxr.NotCarried;
import org.dastan.core.wxr.WxrKind;
import org.dastan.core.wxr.WxrReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's report: counts per kind, speed, and what was not carried, in
 * English.
 */
class WordPressImportCommandTest {

	@Test
	void printsTheReport() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("admin-messages");
		messages.setDefaultEncoding("UTF-8");
		MockEnvironment environment = new MockEnvironment().withProperty("dastan.import.wxr", "export.xml")
			.withProperty("dastan.import.site", "https://old.example");
		WordPressImportCommand command = new WordPressImportCommand(null, messages, null, environment);
		WxrReport report = new WxrReport(Map.of(WxrKind.ARTICLE, 7, WxrKind.IMAGE, 2), Map.of(WxrKind.ARTICLE, 1), 20,
				2000, List.of(new NotCarried("post", 101, "Rogun dam", "comments", List.of(2))), 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		command.print(report, new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("20 items in 2 s: 10 items a second.")
			.contains("Articles: 7 added, 1 updated")
			.contains("Images fetched: 2 added, 0 updated")
			.contains("post 101 Rogun dam: 2 comments not carried: Dastan has no comments.");
	}

}
