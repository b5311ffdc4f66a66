package org.dastan.core.rate.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses feed bytes with DTDs and external entities refused, so a hostile or broken feed
 * cannot read local files or expand entities; the XML declaration chooses the charset.
 */
final class SafeXml {

	private SafeXml() {
	}

	static Element root(String source, byte[] document, String... rootNames) throws RateFeedException {
		FeedValues.checkSize(source, document);
		Document parsed;
		try {
			DocumentBuilder builder = factory().newDocumentBuilder();
			builder.setErrorHandler(new Rethrowing());
			parsed = builder.parse(new ByteArrayInputStream(document));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser cannot be made safe", ex);
		}
		catch (SAXException | IOException ex) {
			throw new RateFeedException(source, "the document is not well-formed XML: " + ex.getMessage(), ex);
		}
		Element root = parsed.getDocumentElement();
		if (!List.of(rootNames).contains(root.getTagName())) {
			throw new RateFeedException(source,
					"expected the root element " + List.of(rootNames) + " but found <" + root.getTagName() + ">");
		}
		return root;
	}

	/** The trimmed text of the first child element with this name, or null. */
	static String text(Element parent, String name) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				return element.getTextContent().strip();
			}
		}
		return null;
	}

	static String required(String source, Element parent, String name) throws RateFeedException {
		String text = text(parent, name);
		if (text == null || text.isEmpty()) {
			throw new RateFeedException(source, "an entry has no <" + name + ">");
		}
		return text;
	}

	static Iterable<Element> children(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagName(name);
		return () -> new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < nodes.getLength();
			}

			@Override
			public Element next() {
				return (Element) nodes.item(this.next++);
			}

		};
	}

	private static DocumentBuilderFactory factory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory;
	}

	/** Keeps the parser from printing to stderr; every problem becomes an exception. */
	private static final class Rethrowing implements ErrorHandler {

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) throws SAXException {
			throw ex;
		}

		@Override
		public void fatalError(SAXParseException ex) throws SAXException {
			throw ex;
		}

	}

}
