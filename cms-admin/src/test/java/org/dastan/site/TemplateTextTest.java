package org.dastan.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a reader or editor sees comes from the message bundles, in English and
 * Russian: templates hold no hard-coded text (only placeholders that Thymeleaf replaces),
 * every key a template uses exists, and every key has its translation.
 */
class TemplateTextTest {

	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
			"th:errors", "sec:authentication");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "content",
			"value", "label");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-_]+)");

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Resource template : templates()) {
			Element root = Jsoup.parse(read(template));
			for (Element element : root.getAllElements()) {
				if (isReplaced(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						problems.add(template.getFilename() + ": text \"" + text.text().trim() + "\"");
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					String value = element.attr(attribute);
					if (!element.hasAttr("th:" + attribute) && LETTER.matcher(value).find() && !isTechnical(element)) {
						problems.add(template.getFilename() + ": " + attribute + "=\"" + value + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyTemplatesUseExistsInEnglishAndRussian() throws IOException {
		Properties english = bundle("");
		Properties russian = bundle("_ru");
		Set<String> used = new TreeSet<>();
		for (Resource template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(read(template));
			while (key.find()) {
				used.add(key.group(1));
			}
		}
		assertThat(used).hasSizeGreaterThan(40);
		assertThat(english.stringPropertyNames()).containsAll(used);
		assertThat(russian.stringPropertyNames()).containsAll(used);
	}

	@Test
	void everyMessageHasItsRussianTranslation() throws IOException {
		Properties english = bundle("");
		Properties russian = bundle("_ru");
		assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		russian.forEach((key, value) -> assertThat((String) value).as((String) key).isNotBlank());
	}

	// A page's <html th:replace="~{layout ...}"> hands its content to the layout, so it
	// replaces nothing itself.
	private static boolean isReplaced(Element element) {
		for (Element current = element; current != null
				&& !current.tagName().equals("html"); current = current.parent()) {
			for (String attribute : REPLACING) {
				if (current.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	// Meta tags with fixed machine values (charset, viewport) are not text for people.
	private static boolean isTechnical(Element element) {
		return element.tagName().equals("meta") && element.hasAttr("name") && element.attr("name").equals("viewport");
	}

	private static List<Resource> templates() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(found).hasSizeGreaterThan(10);
		return List.of(found);
	}

	private static Properties bundle(String suffix) throws IOException {
		Properties properties = new Properties();
		for (String name : List.of("messages", "admin-messages")) {
			try (InputStream in = TemplateTextTest.class.getResourceAsStream("/" + name + suffix + ".properties")) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		return properties;
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
