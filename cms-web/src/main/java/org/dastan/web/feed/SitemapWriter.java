package org.dastan.web.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.dastan.core.html.XmlCharacters;

/**
 * Writes sitemaps and sitemap indexes in the sitemaps.org format, with Google's news
 * extension where asked, through the JDK's StAX writer so that every value is escaped;
 * characters XML cannot carry, which StAX would write as they are, are dropped.
 */
final class SitemapWriter {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

	private final StringWriter buffer = new StringWriter();

	private final XMLStreamWriter xml;

	private SitemapWriter(String root, boolean news) {
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(this.buffer);
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.xml.setDefaultNamespace(SITEMAP);
			this.xml.writeStartElement(SITEMAP, root);
			this.xml.writeDefaultNamespace(SITEMAP);
			if (news) {
				this.xml.setPrefix("news", NEWS);
				this.xml.writeNamespace("news", NEWS);
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static SitemapWriter urlset() {
		return new SitemapWriter("urlset", false);
	}

	static SitemapWriter newsUrlset() {
		return new SitemapWriter("urlset", true);
	}

	static SitemapWriter index() {
		return new SitemapWriter("sitemapindex", false);
	}

	/** Adds a page, with when it last changed if known. */
	SitemapWriter url(String location, Instant lastModified) {
		return entry("url", location, lastModified);
	}

	/** Adds a sitemap file to an index. */
	SitemapWriter sitemap(String location, Instant lastModified) {
		return entry("sitemap", location, lastModified);
	}

	/** Adds an article in the news format: the publication, its date and title. */
	SitemapWriter news(String location, String publication, String language, Instant published, String title) {
		try {
			this.xml.writeStartElement(SITEMAP, "url");
			element(SITEMAP, "loc", location);
			this.xml.writeStartElement(NEWS, "news");
			this.xml.writeStartElement(NEWS, "publication");
			element(NEWS, "name", publication);
			element(NEWS, "language", language);
			this.xml.writeEndElement();
			element(NEWS, "publication_date", w3c(published));
			element(NEWS, "title", title);
			this.xml.writeEndElement();
			this.xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String finish() {
		try {
			this.xml.writeEndDocument();
			this.xml.close();
			return this.buffer.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SitemapWriter entry(String name, String location, Instant lastModified) {
		try {
			this.xml.writeStartElement(SITEMAP, name);
			element(SITEMAP, "loc", location);
			if (lastModified != null) {
				element(SITEMAP, "lastmod", w3c(lastModified));
			}
			this.xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void element(String namespace, String name, String text) throws XMLStreamException {
		this.xml.writeStartElement(namespace, name);
		this.xml.writeCharacters(XmlCharacters.strip(text));
		this.xml.writeEndElement();
	}

	/** The W3C datetime form sitemaps use, in UTC to the second. */
	private static String w3c(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
