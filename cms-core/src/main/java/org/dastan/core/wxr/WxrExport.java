package org.dastan.core.wxr;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Service;

import org.dastan.core.article.ArticleExports;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.ExportedArticle;
import org.dastan.core.author.AuthorService;
import org.dastan.core.author.AuthorSummary;
import org.dastan.core.html.XmlCharacters;
import org.dastan.core.page.PageView;
import org.dastan.core.page.Pages;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagSummary;

/**
 * Writes the newsroom as a WordPress export (WXR 1.2) that WordPress's importer takes:
 * authors, sections as categories, topics as tags, articles as posts with their status,
 * dates, slugs, standfirsts, bylines, terms and search texts, and featured images as
 * attachments the importer can download from this site. Articles are written as they are
 * read, in batches, so that the export never sits in memory.
 */
@Service
public class WxrExport {

	private static final String WP = "http://wordpress.org/export/1.2/";

	private static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";

	private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

	private static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final Map<String, String> PREFIXES = Map.of(WP, "wp", EXCERPT, "excerpt", CONTENT, "content", DC,
			"dc");

	private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	// Attachments get ids above every article's, so that the two never meet.
	private static final long ATTACHMENT_IDS = 1_000_000_000L;

	// Pages share WordPress's one numbering of posts: their ids are moved past the
	// articles'.
	private static final long PAGE_IDS = 500_000_000L;

	private final ArticleExports articles;

	private final AuthorService authors;

	private final TagService tags;

	private final Pages pages;

	WxrExport(ArticleExports articles, AuthorService authors, TagService tags, Pages pages) {
		this.articles = articles;
		this.authors = authors;
		this.tags = tags;
		this.pages = pages;
	}

	/**
	 * Writes the export.
	 * @param site this site's address, such as {@code https://news.example}, which links
	 * and picture addresses start with
	 */
	public void write(OutputStream out, String site, String name) {
		String base = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("rss");
			xml.writeAttribute("version", "2.0");
			xml.writeNamespace("excerpt", EXCERPT);
			xml.writeNamespace("content", CONTENT);
			xml.writeNamespace("dc", DC);
			xml.writeNamespace("wp", WP);
			xml.writeStartElement("channel");
			text(xml, null, "title", name);
			text(xml, null, "link", base);
			text(xml, null, "description", "");
			text(xml, null, "pubDate", RFC_822.format(Instant.now()));
			text(xml, WP, "wxr_version", "1.2");
			text(xml, WP, "base_site_url", base);
			text(xml, WP, "base_blog_url", base);
			authors(xml);
			Map<String, String> tagNames = terms(xml);
			Set<Long> images = new HashSet<>();
			this.articles.forEach((article) -> post(xml, article, base, tagNames, images));
			for (PageView page : this.pages.list()) {
				page(xml, page, base);
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the WordPress export", ex);
		}
	}

	private void authors(XMLStreamWriter xml) throws XMLStreamException {
		for (AuthorSummary author : this.authors.list()) {
			start(xml, WP, "author");
			text(xml, WP, "author_id", String.valueOf(author.id()));
			cdata(xml, WP, "author_login", author.slug());
			cdata(xml, WP, "author_email", "");
			cdata(xml, WP, "author_display_name", author.name());
			cdata(xml, WP, "author_first_name", "");
			cdata(xml, WP, "author_last_name", "");
			xml.writeEndElement();
		}
	}

	// Sections are categories, topics tags; returns every tag's name by slug.
	private Map<String, String> terms(XMLStreamWriter xml) throws XMLStreamException {
		Map<String, String> names = new HashMap<>();
		List<TagSummary> all = this.tags.list();
		for (TagSummary tag : all) {
			names.put(tag.slug(), tag.name());
			if (tag.kind() == TagKind.SECTION) {
				start(xml, WP, "category");
				text(xml, WP, "term_id", String.valueOf(tag.id()));
				cdata(xml, WP, "category_nicename", tag.slug());
				cdata(xml, WP, "category_parent", "");
				cdata(xml, WP, "cat_name", tag.name());
				xml.writeEndElement();
			}
		}
		for (TagSummary tag : all) {
			if (tag.kind() == TagKind.TOPIC) {
				start(xml, WP, "tag");
				text(xml, WP, "term_id", String.valueOf(tag.id()));
				cdata(xml, WP, "tag_slug", tag.slug());
				cdata(xml, WP, "tag_name", tag.name());
				xml.writeEndElement();
			}
		}
		return names;
	}

	// An image several articles show is written once, as the attachment of the first.
	private static void post(XMLStreamWriter xml, ExportedArticle article, String base, Map<String, String> tagNames,
			Set<Long> images) {
		try {
			String link = base + "/articles/" + article.slug();
			String creator = article.authorSlugs().isEmpty() ? "" : article.authorSlugs().get(0);
			Instant date = (article.publishedAt() != null) ? article.publishedAt() : article.createdAt();
			if (article.imageFile() != null && images.add(article.imageId())) {
				attachment(xml, article, base, creator, date);
			}
			startItem(xml, article.title(), link, date, creator);
			cdata(xml, CONTENT, "encoded", article.body());
			cdata(xml, EXCERPT, "encoded", (article.standfirst() != null) ? article.standfirst() : "");
			text(xml, WP, "post_id", String.valueOf(article.id()));
			cdata(xml, WP, "post_date", MYSQL.format(date));
			cdata(xml, WP, "post_date_gmt",
					(article.publishedAt() != null) ? MYSQL.format(date) : "0000-00-00 00:00:00");
			cdata(xml, WP, "post_modified", MYSQL.format(article.updatedAt()));
			cdata(xml, WP, "post_modified_gmt", MYSQL.format(article.updatedAt()));
			cdata(xml, WP, "comment_status", "closed");
			cdata(xml, WP, "ping_status", "closed");
			cdata(xml, WP, "post_name", article.slug());
			cdata(xml, WP, "status", status(article));
			text(xml, WP, "post_parent", "0");
			text(xml, WP, "menu_order", "0");
			cdata(xml, WP, "post_type", "post");
			cdata(xml, WP, "post_password", "");
			text(xml, WP, "is_sticky", article.lead() ? "1" : "0");
			if (article.sectionSlug() != null) {
				term(xml, "category", article.sectionSlug(), tagNames.get(article.sectionSlug()));
			}
			for (String tag : article.tagSlugs()) {
				if (!tag.equals(article.sectionSlug())) {
					term(xml, "post_tag", tag, tagNames.get(tag));
				}
			}
			if (article.imageId() != null) {
				meta(xml, "_thumbnail_id", String.valueOf(ATTACHMENT_IDS + article.imageId()));
			}
			if (article.seoTitle() != null) {
				meta(xml, "_yoast_wpseo_title", article.seoTitle());
			}
			if (article.seoDescription() != null) {
				meta(xml, "_yoast_wpseo_metadesc", article.seoDescription());
			}
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write article " + article.id(), ex);
		}
	}

	private static void page(XMLStreamWriter xml, PageView page, String base) throws XMLStreamException {
		Instant date = (page.publishedAt() != null) ? page.publishedAt() : page.updatedAt();
		startItem(xml, page.title(), base + page.path(), date, "");
		cdata(xml, CONTENT, "encoded", page.body());
		cdata(xml, EXCERPT, "encoded", "");
		text(xml, WP, "post_id", String.valueOf(PAGE_IDS + page.id()));
		cdata(xml, WP, "post_date", MYSQL.format(date));
		cdata(xml, WP, "post_date_gmt", page.isPublished() ? MYSQL.format(date) : "0000-00-00 00:00:00");
		cdata(xml, WP, "post_modified", MYSQL.format(page.updatedAt()));
		cdata(xml, WP, "post_modified_gmt", MYSQL.format(page.updatedAt()));
		cdata(xml, WP, "comment_status", "closed");
		cdata(xml, WP, "ping_status", "closed");
		cdata(xml, WP, "post_name", page.slug());
		cdata(xml, WP, "status", page.isPublished() ? "publish" : "draft");
		text(xml, WP, "post_parent", "0");
		text(xml, WP, "menu_order", String.valueOf(page.footerPosition()));
		cdata(xml, WP, "post_type", "page");
		cdata(xml, WP, "post_password", "");
		text(xml, WP, "is_sticky", "0");
		if (page.seoDescription() != null) {
			meta(xml, "_yoast_wpseo_metadesc", page.seoDescription());
		}
		xml.writeEndElement();
	}

	// The featured image as an attachment of its own, before the post that shows it, as
	// WordPress's exporter orders them by id.
	private static void attachment(XMLStreamWriter xml, ExportedArticle article, String base, String creator,
			Instant date) throws XMLStreamException {
		String url = base + "/media/" + article.imageFile();
		startItem(xml, article.imageFile(), url, date, creator);
		cdata(xml, CONTENT, "encoded", "");
		cdata(xml, EXCERPT, "encoded", (article.imageCaption() != null) ? article.imageCaption() : "");
		text(xml, WP, "post_id", String.valueOf(ATTACHMENT_IDS + article.imageId()));
		cdata(xml, WP, "post_date", MYSQL.format(date));
		cdata(xml, WP, "post_date_gmt", MYSQL.format(date));
		cdata(xml, WP, "post_name", article.imageFile().replaceAll("\\.[a-z]+$", ""));
		cdata(xml, WP, "status", "inherit");
		text(xml, WP, "post_parent", String.valueOf(article.id()));
		cdata(xml, WP, "post_type", "attachment");
		cdata(xml, WP, "attachment_url", url);
		if (article.imageAlt() != null) {
			meta(xml, "_wp_attachment_image_alt", article.imageAlt());
		}
		if (article.imageCredit() != null) {
			meta(xml, "_media_credit", article.imageCredit());
		}
		xml.writeEndElement();
	}

	private static void startItem(XMLStreamWriter xml, String title, String link, Instant date, String creator)
			throws XMLStreamException {
		xml.writeStartElement("item");
		cdata(xml, null, "title", title);
		text(xml, null, "link", link);
		text(xml, null, "pubDate", RFC_822.format(date));
		cdata(xml, DC, "creator", creator);
		xml.writeStartElement("guid");
		xml.writeAttribute("isPermaLink", "false");
		xml.writeCharacters(link);
		xml.writeEndElement();
		text(xml, null, "description", "");
	}

	private static String status(ExportedArticle article) {
		if (article.status() == ArticleStatus.IN_REVIEW) {
			return "pending";
		}
		if (article.status() != ArticleStatus.PUBLISHED || article.publishedAt() == null) {
			return (article.status() == ArticleStatus.ARCHIVED) ? "private" : "draft";
		}
		return article.publishedAt().isAfter(Instant.now()) ? "future" : "publish";
	}

	private static void term(XMLStreamWriter xml, String domain, String slug, String name) throws XMLStreamException {
		xml.writeStartElement("category");
		xml.writeAttribute("domain", domain);
		xml.writeAttribute("nicename", slug);
		xml.writeCData(safe((name != null) ? name : slug));
		xml.writeEndElement();
	}

	private static void meta(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		start(xml, WP, "postmeta");
		cdata(xml, WP, "meta_key", key);
		cdata(xml, WP, "meta_value", value);
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String namespace, String name, String value)
			throws XMLStreamException {
		start(xml, namespace, name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	// As WordPress's wxr_cdata does: a CDATA end inside the text is split across two
	// sections.
	private static void cdata(XMLStreamWriter xml, String namespace, String name, String value)
			throws XMLStreamException {
		start(xml, namespace, name);
		String[] parts = safe(value).split("]]>", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = (i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : "");
			xml.writeCData(part);
		}
		xml.writeEndElement();
	}

	private static void start(XMLStreamWriter xml, String namespace, String name) throws XMLStreamException {
		if (namespace == null) {
			xml.writeStartElement(name);
		}
		else {
			xml.writeStartElement(PREFIXES.get(namespace), name, namespace);
		}
	}

	private static String safe(String text) {
		return XmlCharacters.strip((text != null) ? text : "");
	}

}
