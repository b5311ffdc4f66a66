package org.dastan.core.wxr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export as a stream, one author, term or item at a time, so that an
 * export of a gigabyte never sits in memory. Elements are known by their namespace's kind
 * rather than its exact address: exports spell the WordPress namespaces with
 * {@code http://} or {@code https://} and with versions 1.0 to 1.2. No DTD is read and no
 * entity is resolved.
 */
public final class WxrReader {

	/**
	 * What the reader found, in the export's order: authors and terms come before items.
	 */
	public interface Handler {

		default void site(String baseUrl) {
		}

		default void author(WxrAuthor author) {
		}

		default void category(WxrTerm category) {
		}

		default void tag(WxrTerm tag) {
		}

		default void item(WxrItem item) {
		}

	}

	/** Thrown when the file is not a WordPress export or not well-formed XML. */
	public static class UnreadableExportException extends RuntimeException {

		UnreadableExportException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private static final XMLInputFactory FACTORY = factory();

	private WxrReader() {
	}

	public static void read(Path file, Handler handler) {
		try (InputStream in = Files.newInputStream(file)) {
			read(in, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void read(InputStream in, Handler handler) {
		XMLStreamReader xml = null;
		try {
			xml = FACTORY.createXMLStreamReader(in);
			boolean rss = false;
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = name(xml);
				rss |= name.equals("rss");
				switch (name) {
					case "wp:base_blog_url" -> handler.site(text(xml));
					case "wp:author" -> handler.author(author(fields(xml)));
					case "wp:category" -> handler.category(category(fields(xml)));
					case "wp:tag" -> handler.tag(tag(fields(xml)));
					case "item" -> handler.item(item(xml));
					default -> {
					}
				}
			}
			if (!rss) {
				throw new UnreadableExportException("Not a WordPress export: no rss element", null);
			}
		}
		catch (XMLStreamException ex) {
			throw new UnreadableExportException("Not a readable WordPress export: " + ex.getMessage(), ex);
		}
		finally {
			close(xml);
		}
	}

	private static WxrAuthor author(Map<String, String> fields) {
		return new WxrAuthor(number(fields.get("wp:author_id")), fields.get("wp:author_login"),
				fields.get("wp:author_email"), fields.get("wp:author_display_name"), fields.get("wp:author_first_name"),
				fields.get("wp:author_last_name"));
	}

	private static WxrTerm category(Map<String, String> fields) {
		String parent = fields.get("wp:category_parent");
		return new WxrTerm(number(fields.get("wp:term_id")), fields.get("wp:category_nicename"),
				(parent == null || parent.isBlank()) ? null : parent.strip(), fields.get("wp:cat_name"),
				fields.get("wp:category_description"));
	}

	private static WxrTerm tag(Map<String, String> fields) {
		return new WxrTerm(number(fields.get("wp:term_id")), fields.get("wp:tag_slug"), null, fields.get("wp:tag_name"),
				fields.get("wp:tag_description"));
	}

	// The text of each child element, by name; an element inside a child is read as text.
	private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = new HashMap<>();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			fields.put(name(xml), text(xml));
		}
		return fields;
	}

	private static WxrItem item(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = new HashMap<>();
		List<WxrItemTerm> terms = new ArrayList<>();
		Map<String, String> meta = new HashMap<>();
		int comments = 0;
		while (nextChild(xml)) {
			String name = name(xml);
			switch (name) {
				case "category" -> terms.add(new WxrItemTerm(xml.getAttributeValue(null, "domain"),
						xml.getAttributeValue(null, "nicename"), text(xml)));
				case "wp:postmeta" -> {
					Map<String, String> pair = fields(xml);
					String key = pair.get("wp:meta_key");
					if (key != null) {
						meta.put(key.strip(), pair.getOrDefault("wp:meta_value", ""));
					}
				}
				case "wp:comment" -> {
					skip(xml);
					comments++;
				}
				default -> fields.put(name, text(xml));
			}
		}
		return new WxrItem(number(fields.get("wp:post_id")), fields.get("title"), fields.get("link"),
				fields.get("guid"), fields.get("dc:creator"), fields.get("content:encoded"),
				fields.get("excerpt:encoded"), fields.get("wp:post_date"), fields.get("wp:post_date_gmt"),
				fields.get("wp:post_modified_gmt"), fields.get("wp:post_name"), fields.get("wp:status"),
				fields.getOrDefault("wp:post_type", "post"), fields.get("wp:post_password"),
				"1".equals(strip(fields.get("wp:is_sticky"))), number(fields.get("wp:post_parent")),
				fields.get("wp:attachment_url"), terms, meta, comments);
	}

	// Moves to the next child element; false at the end of the current one. Text between
	// children (white space) is passed over.
	private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
		return false;
	}

	// The text of the element, with the text of any elements inside it; leaves the reader
	// on its end.
	private static String text(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
						XMLStreamConstants.ENTITY_REFERENCE ->
					text.append(xml.getText());
				default -> {
				}
			}
		}
		return text.toString();
	}

	private static void skip(XMLStreamReader xml) throws XMLStreamException {
		text(xml);
	}

	// The element's name with its namespace's kind as the prefix, whatever prefix and
	// spelling of the namespace the file used.
	private static String name(XMLStreamReader xml) {
		String uri = xml.getNamespaceURI();
		String local = xml.getLocalName();
		return (uri == null || uri.isEmpty()) ? local : kind(uri) + ":" + local;
	}

	static String kind(String namespace) {
		String uri = namespace.toLowerCase(Locale.ROOT);
		if (uri.contains("wordpress.org/export/")) {
			return uri.contains("/excerpt") ? "excerpt" : "wp";
		}
		if (uri.contains("purl.org/rss/1.0/modules/content")) {
			return "content";
		}
		if (uri.contains("purl.org/dc/elements")) {
			return "dc";
		}
		if (uri.contains("wellformedweb.org")) {
			return "wfw";
		}
		return uri;
	}

	private static long number(String text) {
		try {
			return (text != null) ? Long.parseLong(text.strip()) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

	private static void close(XMLStreamReader xml) {
		if (xml != null) {
			try {
				xml.close();
			}
			catch (XMLStreamException ex) {
				// Nothing was left to read.
			}
		}
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

}
