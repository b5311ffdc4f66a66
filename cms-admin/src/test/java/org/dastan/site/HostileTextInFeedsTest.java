package org.dastan.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.html.XmlCharacters;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.internal.TagRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every XSS payload of the shared fixtures, and every character XML cannot carry, stored
 * in the text fields of articles, tags and authors: each feed and sitemap stays
 * well-formed for a strict parser, and a feed reader that renders the fields as HTML
 * shows the characters instead of running markup.
 */
@SpringBootTest(properties = "dastan.feeds.items=100")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextInFeedsTest {

	/** C0 controls but tab, LF and CR; a non-character; lone high and low surrogates. */
	static final String CONTROL = Stream.iterate(0, (c) -> c < 0x20, (c) -> c + 1)
		.filter((c) -> c != 0x9 && c != 0xA && c != 0xD)
		.map((c) -> String.valueOf((char) c.intValue()))
		.reduce("", String::concat) + "\uFFFE\uD800x\uDC00";

	private static final int TAGS = 3;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TagRepository tags;

	@Autowired
	private AuthorRepository authors;

	/** What each article's title and standfirst hold, by slug. */
	private final Map<String, String[]> stored = new HashMap<>();

	private final List<String> tagSlugs = new ArrayList<>();

	private final List<String> authorSlugs = new ArrayList<>();

	@BeforeAll
	void storeEveryPayload() throws IOException {
		Iterator<String> payloads = payloads().iterator();
		Tag section = new Tag("hostile-section", chunk(payloads, 120), TagKind.SECTION);
		section.setDescription(chunk(payloads, 1000));
		this.tags.save(section);
		List<Tag> topics = new ArrayList<>();
		for (int i = 0; i < TAGS; i++) {
			Tag topic = new Tag("hostile-" + i, chunk(payloads, 120), TagKind.TOPIC);
			topic.setDescription(chunk(payloads, 1000));
			topics.add(this.tags.save(topic));
			this.tagSlugs.add(topic.getSlug());
		}
		List<Author> bylines = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Author author = new Author("hostile-author-" + i, chunk(payloads, 120));
			author.setJobTitle(chunk(payloads, 120));
			author.setBio(chunk(payloads, 2000));
			bylines.add(this.authors.save(author));
			this.authorSlugs.add(author.getSlug());
		}
		Instant now = Instant.now();
		for (int i = 0; payloads.hasNext(); i++) {
			Article article = new Article("hostile-" + i, chunk(payloads, 200));
			article.writeStandfirst(chunk(payloads, 500));
			article.describeForSearch(chunk(payloads, 200), null);
			article.placeIn(section);
			article.tagWith(Set.of(topics.get(i % TAGS)));
			article.creditTo(List.of(bylines.get(i % 2)));
			article.publish(now.minus(Duration.ofMinutes(i + 1)));
			this.articles.save(article);
			this.stored.put(article.getSlug(), new String[] { article.getTitle(), article.getStandfirst() });
		}
		assertThat(this.stored.size()).as("every tag feed lists all its articles").isLessThanOrEqualTo(100 * TAGS);
	}

	@Test
	void everyFeedIsWellFormedAndShowsTheTextAsText() throws Exception {
		List<String> feeds = new ArrayList<>(List.of("/feed", "/sections/hostile-section/feed"));
		this.tagSlugs.forEach((slug) -> feeds.add("/tags/" + slug + "/feed"));
		this.authorSlugs.forEach((slug) -> feeds.add("/authors/" + slug + "/feed"));
		Map<String, Integer> seen = new HashMap<>();
		for (String feed : feeds) {
			Document rss = parse(feed);
			Element channel = (Element) rss.getElementsByTagName("channel").item(0);
			shownAsText(feed, text(channel, "title"), null);
			shownAsText(feed, text(channel, "description"), null);
			for (Element item : elements(rss, null, "item")) {
				String slug = text(item, "link").replaceAll(".*/articles/", "");
				String[] fields = this.stored.get(slug);
				shownAsText(feed, text(item, "title"), fields[0]);
				shownAsText(feed, text(item, "description"), fields[1]);
				elements(item, null, "category")
					.forEach((category) -> shownAsText(feed, category.getTextContent(), null));
				elements(item, "http://purl.org/dc/elements/1.1/", "creator")
					.forEach((creator) -> shownAsText(feed, creator.getTextContent(), null));
				seen.merge(slug, 1, Integer::sum);
			}
		}
		assertThat(seen.keySet()).as("every stored article reached a reader").isEqualTo(this.stored.keySet());
	}

	@Test
	void everySitemapIsWellFormedAndCarriesTheTitlesAsText() throws Exception {
		parse("/sitemap.xml");
		List<Element> news = elements(parse("/news-sitemap.xml"), Xml.NEWS, "title");
		assertThat(news).hasSize(this.stored.size());
		List<String> titles = this.stored.values().stream().map((fields) -> XmlCharacters.strip(fields[0])).toList();
		assertThat(news).allSatisfy((title) -> {
			assertThat(title.getChildNodes().getLength()).isLessThanOrEqualTo(1);
			assertThat(titles).contains(title.getTextContent());
		});
	}

	/**
	 * A reader decodes the XML, then renders the value as HTML: it must hold no markup,
	 * and its HTML text must be what the newsroom stored (Rome trims the ends).
	 */
	private static void shownAsText(String feed, String value, String expected) {
		assertThat(value).as("live markup in %s", feed).doesNotContain("<");
		if (expected != null) {
			assertThat(Parser.unescapeEntities(value, false)).as(feed).isEqualTo(XmlCharacters.strip(expected).strip());
		}
	}

	private Document parse(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setExpandEntityReferences(false);
		try (InputStream body = new ByteArrayInputStream(result.getResponse().getContentAsByteArray())) {
			return factory.newDocumentBuilder().parse(body);
		}
	}

	private static String text(Element parent, String name) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child && child.getLocalName().equals(name)) {
				return child.getTextContent();
			}
		}
		throw new AssertionError("no " + name + " in " + parent.getLocalName());
	}

	private static List<Element> elements(Node scope, String namespace, String name) {
		NodeList nodes = (scope instanceof Document document)
				? document.getElementsByTagNameNS((namespace != null) ? namespace : "*", name)
				: ((Element) scope).getElementsByTagNameNS((namespace != null) ? namespace : "*", name);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element element = (Element) nodes.item(i);
			if (namespace != null || element.getNamespaceURI() == null) {
				found.add(element);
			}
		}
		return found;
	}

	/** Every line of the fixtures, with the control characters among them. */
	private static List<String> payloads() throws IOException {
		List<String> payloads = new ArrayList<>();
		for (String file : List.of("payloads-all-the-things-xss.txt", "xss_alert_identifiable.txt")) {
			try (InputStream in = HostileTextInFeedsTest.class.getResourceAsStream("/fixtures/xss/" + file)) {
				new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(payloads::add);
			}
			payloads.add(CONTROL);
		}
		return payloads;
	}

	/**
	 * Payloads joined up to the field's length, starting with the control characters; one
	 * too long for the field is cut, keeping its markup.
	 */
	private static String chunk(Iterator<String> payloads, int length) {
		StringBuilder text = new StringBuilder(CONTROL);
		while (payloads.hasNext() && text.length() < length) {
			text.append(' ').append(payloads.next());
		}
		return (text.length() > length) ? text.substring(0, length) : text.toString();
	}

}
