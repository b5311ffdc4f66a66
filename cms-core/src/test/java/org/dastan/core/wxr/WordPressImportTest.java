package org.dastan.core.wxr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.LeadStories;
import org.dastan.core.article.model.Article;
import org.dastan.core.author.model.Author;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaView;
import org.dastan.core.page.PageDraft;
import org.dastan.core.page.PageView;
import org.dastan.core.page.Pages;
import org.dastan.core.redirect.RedirectEntry;
import org.dastan.core.redirect.Redirects;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.UserAccounts;
import org.dastan.core.wxr.internal.ImportedIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A WordPress export imported into a real database, its pictures fetched from a real HTTP
 * server on the loopback interface, then imported again. A database of its own, so that
 * the slugs it expects are free.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dastan-wxr;DB_CLOSE_DELAY=-1")
class WordPressImportTest {

	@TempDir
	Path temp;

	@Autowired
	private WordPressImport wordPress;

	@Autowired
	private Pages pages;

	@Autowired
	private ImportedIds ids;

	@Autowired
	private WxrExport export;

	@Autowired
	private LeadStories leads;

	@Autowired
	private Redirects redirects;

	@Autowired
	private MediaLibrary media;

	@Autowired
	private UserAccounts users;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transaction;

	private HttpServer oldSite;

	private String site;

	@BeforeEach
	void startTheOldSite() throws IOException {
		this.oldSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		Map<String, byte[]> files = Map.of("/wp-content/uploads/2024/05/one.jpg", picture("jpg"),
				"/wp-content/uploads/2024/05/two.png", picture("png"));
		this.oldSite.createContext("/", (exchange) -> {
			byte[] file = files.get(exchange.getRequestURI().getPath());
			if (file == null) {
				exchange.sendResponseHeaders(404, -1);
			}
			else {
				String path = exchange.getRequestURI().getPath();
				exchange.getResponseHeaders().add("Content-Type", path.endsWith(".png") ? "image/png" : "image/jpeg");
				exchange.sendResponseHeaders(200, file.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(file);
				}
			}
			exchange.close();
		});
		this.oldSite.start();
		this.site = "http://127.0.0.1:" + this.oldSite.getAddress().getPort();
	}

	@AfterEach
	void stopTheOldSite() {
		this.oldSite.stop(0);
	}

	@Test
	void carriesPostsAuthorsTermsImagesAndOldAddressesAndUpdatesThemOnASecondRun() throws IOException {
		Path export = export("newsroom.xml");
		WxrOptions options = new WxrOptions(URI.create(this.site), true);

		WxrReport first = this.wordPress.run(export, options, new WxrProgress());

		assertThat(first.items()).isEqualTo(13);
		assertThat(first.added(WxrKind.ARTICLE)).isEqualTo(7);
		assertThat(first.added(WxrKind.SECTION)).isEqualTo(1);
		assertThat(first.added(WxrKind.TOPIC)).isEqualTo(1);
		assertThat(first.added(WxrKind.TAG)).isEqualTo(3);
		assertThat(first.added(WxrKind.AUTHOR)).isEqualTo(3);
		assertThat(first.added(WxrKind.ACCOUNT)).isEqualTo(2);
		assertThat(first.added(WxrKind.IMAGE)).isEqualTo(2);
		assertThat(first.added(WxrKind.PAGE)).isEqualTo(1);
		assertThat(first.added(WxrKind.REDIRECT)).isGreaterThanOrEqualTo(20);
		assertThat(first.notCarried()).extracting(NotCarried::id, NotCarried::reason)
			.contains(tuple(101L, "comments"), tuple(101L, "shortcode"), tuple(101L, "image"), tuple(106L, "password"),
					tuple(108L, "trash"), tuple(300L, "post-type"));
		assertThat(first.notCarried()).filteredOn((item) -> item.reason().equals("image"))
			.singleElement()
			.satisfies((item) -> assertThat(item.args())
				.containsExactly(this.site + "/wp-content/uploads/2024/05/missing.jpg", "HTTP 404"));
		assertThat(first.notCarried()).filteredOn((item) -> item.reason().equals("shortcode"))
			.extracting((item) -> item.args().get(0))
			.containsExactly("contact-form-7");

		Stored rogun = article(101);
		assertThat(rogun.slug()).isEqualTo("rogun-dam");
		assertThat(rogun.title()).isEqualTo("Rogun dam & the river\u2019s power");
		assertThat(rogun.standfirst()).isEqualTo("Tajikistan\u2019s giant dam.");
		assertThat(rogun.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(rogun.publishedAt()).isEqualTo(Instant.parse("2024-05-03T08:00:00Z"));
		assertThat(rogun.updatedAt()).isEqualTo(Instant.parse("2024-05-04T08:00:00Z"));
		assertThat(rogun.section()).isEqualTo("central-asia");
		assertThat(rogun.tags()).containsExactlyInAnyOrder("central-asia-energy-desk", "hydropower", "neft", "dams");
		assertThat(rogun.authors()).containsExactly("Aigerim Nurlanova");
		assertThat(rogun.seoTitle()).isEqualTo("Rogun dam & the river\u2019s power");
		assertThat(rogun.seoDescription()).isEqualTo("Why the Rogun dam matters to five countries.");
		assertThat(rogun.imageCredit()).isEqualTo("@depositphotos");
		assertThat(rogun.imageCaption()).isEqualTo("The dam at dawn.");
		assertThat(this.leads.isLead(this.ids.find(this.site, "post", "101"))).as("a sticky post leads").isTrue();
		assertThat(this.leads.isLead(this.ids.find(this.site, "post", "102"))).as("the others do not").isFalse();
		MediaView featured = this.media.view(rogun.imageId()).orElseThrow();
		assertThat(featured.altText()).isEqualTo("The Rogun dam under construction");
		assertThat(featured.credit()).isEqualTo("@depositphotos");
		assertThat(rogun.body()).contains("<p>The dam is <strong>rising</strong> again.<br>")
			.contains("<a href=\"/media/" + featured.fileName() + "\"><img src=\"/media/" + featured.fileName() + "\"")
			.contains("<figcaption>Work at dawn</figcaption>")
			.contains("<ul>\n\t<li>Turbines\n<ul>\n\t<li>Two are running</li>")
			.contains("[sic]")
			.contains("<a href=\"/2023/01/10/older-story/#more\">an older story</a>")
			.contains("<a href=\"" + this.site + "/wp-content/uploads/2024/05/plan.pdf\">")
			.contains("<a href=\"https://www.youtube.com/watch?v=abc123\">")
			.contains("https://cdn.elsewhere.example/pic.jpg")
			.doesNotContain("missing.jpg", "one-640x480", "srcset", "contact-form-7");

		Stored draft = article(102);
		assertThat(draft.slug()).isEqualTo("draft-without-content");
		assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(draft.publishedAt()).isNull();
		assertThat(draft.section()).isNull();
		assertThat(draft.body()).isEmpty();
		assertThat(draft.authors()).containsExactly("Timur Bekov");

		Stored scheduled = article(103);
		assertThat(scheduled.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(scheduled.publishedAt()).isEqualTo(Instant.parse("2099-01-01T09:00:00Z"));

		Stored pending = article(104);
		assertThat(pending.status()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(pending.authors()).containsExactly("Timur Bekov", "Guest Writer");
		assertThat(pending.body()).contains("<p>Block <em>editor</em> text.</p>")
			.contains("<figcaption>Gutenberg caption</figcaption>")
			.contains("alt=\"Turbine hall\"")
			.doesNotContain("wp:");

		assertThat(article(105).status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article(106).status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article(107).slug()).isEqualTo("novosti");

		assertThat(redirects()).contains(tuple("/2024/05/03/rogun-dam", "/articles/rogun-dam"),
				tuple("/?p=101", "/articles/rogun-dam"), tuple("/?p=102", "/articles/draft-without-content"),
				tuple("/category/central-asia", "/sections/central-asia"),
				tuple("/category/central-asia/energy-desk", "/tags/central-asia-energy-desk"),
				tuple("/?cat=5", "/sections/central-asia"), tuple("/tag/hydropower", "/tags/hydropower"),
				tuple("/tag/нефть", "/tags/neft"), tuple("/2024/05/28/новости", "/articles/novosti"),
				tuple("/author/aigerim", "/authors/aigerim"), tuple("/?page_id=110", "/about-us"));
		PageView about = this.pages.findBySlug("about-us").orElseThrow();
		assertThat(about.isPublished()).isTrue();
		assertThat(about.title()).isEqualTo("About us");
		assertThat(about.body()).contains("We report from the region.");

		AccountView account = this.users.find("aigerim").orElseThrow();
		assertThat(account.enabled()).isFalse();
		assertThat(account.displayName()).isEqualTo("Aigerim Nurlanova");

		long articles = count("Article");
		long tags = count("Tag");
		long authors = count("Author");
		long images = count("Media");
		int redirectCount = redirects().size();

		WxrReport second = this.wordPress.run(export, options, new WxrProgress());

		assertThat(second.added()).isEmpty();
		assertThat(second.updated(WxrKind.ARTICLE)).isEqualTo(7);
		assertThat(second.updated(WxrKind.PAGE)).isEqualTo(1);
		assertThat(this.pages.findBySlug("about-us").orElseThrow().id()).isEqualTo(about.id());
		assertThat(List.of(count("Article"), count("Tag"), count("Author"), count("Media"))).containsExactly(articles,
				tags, authors, images);
		assertThat(redirects()).hasSize(redirectCount);
		Stored again = article(101);
		assertThat(again.slug()).isEqualTo("rogun-dam");
		assertThat(again.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(again.publishedAt()).isEqualTo(rogun.publishedAt());
		assertThat(again.imageId()).isEqualTo(rogun.imageId());
		assertThat(again.body()).isEqualTo(rogun.body());
		assertThat(this.leads.isLead(this.ids.find(this.site, "post", "101"))).isTrue();
	}

	@Test
	void reportsTheProgressOfTheItemsRead() throws IOException {
		WxrProgress progress = new WxrProgress();

		this.wordPress.run(export("https-namespaces.xml"), new WxrOptions(URI.create(this.site), false), progress);

		assertThat(progress.finished()).isTrue();
		assertThat(progress.percent()).isEqualTo(100);
		assertThat(progress.done()).isEqualTo(progress.total()).isEqualTo(1);
		assertThat(progress.report().added(WxrKind.ARTICLE)).isEqualTo(1);
	}

	@Test
	void exportsArticlesAuthorsAndTermsAsWordPressReadsThem() throws IOException {
		this.wordPress.run(export("https-namespaces.xml"), new WxrOptions(URI.create(this.site), false),
				new WxrProgress());
		this.leads.setLead(this.ids.find(this.site, "post", "5"), true);
		PageView contact = this.pages
			.create(new PageDraft("Contact the desk", "contact-the-desk", "<p>Write to us.</p>", null, true));
		this.pages.publish(contact.id(), contact.version());
		Path written = this.temp.resolve("leaving.xml");
		try (OutputStream out = Files.newOutputStream(written)) {
			this.export.write(out, "https://news.example/", "Dastan");
		}

		WxrReaderTest.Collected read = new WxrReaderTest.Collected();
		WxrReader.read(written, read);

		assertThat(read.site).isEqualTo("https://news.example");
		assertThat(read.authors).extracting(WxrAuthor::name).contains("The Editor");
		WxrItem post = read.items.stream()
			.filter((item) -> item.title().equals("Plain & simple"))
			.findFirst()
			.orElseThrow();
		assertThat(post.type()).isEqualTo("post");
		assertThat(post.status()).isEqualTo("publish");
		assertThat(post.slug()).startsWith("plain-simple");
		assertThat(post.link()).isEqualTo("https://news.example/articles/" + post.slug());
		assertThat(post.dateGmt()).isEqualTo("2023-03-01 12:00:00");
		assertThat(post.content()).isEqualTo("<p>Escaped, not CDATA.</p>");
		assertThat(post.excerpt()).isEqualTo("Short.");
		assertThat(post.sticky()).as("a lead story leaves as a sticky post").isTrue();
		assertThat(read.authors).extracting(WxrAuthor::login).contains(post.creator());
		WxrItem page = read.items.stream()
			.filter((item) -> "contact-the-desk".equals(item.slug()))
			.findFirst()
			.orElseThrow();
		assertThat(page.type()).isEqualTo("page");
		assertThat(page.status()).isEqualTo("publish");
		assertThat(page.link()).isEqualTo("https://news.example/contact-the-desk");
		assertThat(page.content()).isEqualTo("<p>Write to us.</p>");
	}

	@Test
	void exportsFeaturedImagesAsAttachmentsOnThisSite() throws IOException {
		this.wordPress.run(export("featured.xml"), new WxrOptions(URI.create(this.site), false), new WxrProgress());
		Path written = this.temp.resolve("leaving.xml");
		try (OutputStream out = Files.newOutputStream(written)) {
			this.export.write(out, "https://news.example", "Dastan");
		}

		WxrReaderTest.Collected read = new WxrReaderTest.Collected();
		WxrReader.read(written, read);

		WxrItem post = read.items.stream()
			.filter((item) -> item.title().equals("Issyk-Kul at dawn"))
			.findFirst()
			.orElseThrow();
		String thumbnail = post.meta("_thumbnail_id");
		WxrItem attachment = read.items.stream()
			.filter((item) -> String.valueOf(item.id()).equals(thumbnail))
			.findFirst()
			.orElseThrow();
		assertThat(attachment.type()).isEqualTo("attachment");
		assertThat(attachment.attachmentUrl()).startsWith("https://news.example/media/");
		assertThat(attachment.meta("_wp_attachment_image_alt")).isEqualTo("Light over the lake");
		assertThat(attachment.excerpt()).isEqualTo("Morning light.");
		assertThat(read.items.stream().map(WxrItem::id).distinct().count()).isEqualTo(read.items.size());
	}

	@Test
	void findsWhatItMadeOfAnAddressLongerThanAKeyHolds() {
		String address = this.site + "/wp-content/uploads/" + "a".repeat(1200) + ".jpg";
		this.ids.put(this.site, "image", address, 42);
		this.ids.put(this.site, "image", address, 43);

		assertThat(this.ids.find(this.site, "image", address)).isEqualTo(43);
		assertThat(this.ids.find(this.site, "image", address.replace(".jpg", ".png"))).isNull();
	}

	record Stored(String slug, String title, String standfirst, String body, ArticleStatus status, Instant publishedAt,
			Instant updatedAt, String section, Set<String> tags, List<String> authors, Long imageId,
			String imageCaption, String imageCredit, String seoTitle, String seoDescription) {

	}

	private Stored article(long wordPressId) {
		Long id = this.ids.find(this.site, "post", String.valueOf(wordPressId));
		assertThat(id).as("article of post %d", wordPressId).isNotNull();
		return this.transaction.execute((status) -> {
			Article article = this.entityManager.find(Article.class, id);
			return new Stored(article.getSlug(), article.getTitle(), article.getStandfirst(), article.getBody(),
					article.getStatus(), article.getPublishedAt(), article.getUpdatedAt(),
					(article.getSection() != null) ? article.getSection().getSlug() : null,
					article.getTags().stream().map(Tag::getSlug).collect(Collectors.toSet()),
					article.getAuthors().stream().map(Author::getName).toList(),
					(article.getFeaturedImage() != null) ? article.getFeaturedImage().getId() : null,
					article.getImageCaption(), article.getImageCredit(), article.getSeoTitle(),
					article.getSeoDescription());
		});
	}

	private List<org.assertj.core.groups.Tuple> redirects() {
		return this.redirects.search("", 0, 1000)
			.getContent()
			.stream()
			.map((RedirectEntry entry) -> tuple(entry.from(), entry.to()))
			.toList();
	}

	private long count(String entity) {
		return this.transaction
			.execute((status) -> this.entityManager.createQuery("select count(e) from " + entity + " e", Long.class)
				.getSingleResult());
	}

	private Path export(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/wxr/" + name)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{SITE}}", this.site);
			Path file = this.temp.resolve(name);
			Files.writeString(file, text);
			return file;
		}
	}

	private static byte[] picture(String format) {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 5, 0xff8800);
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
