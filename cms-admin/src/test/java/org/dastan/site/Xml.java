package org.dastan.site;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads served XML the way a crawler would: validated against the published schemas, then
 * parsed with namespaces.
 */
final class Xml {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

	private Xml() {
	}

	/** Fails with the validator's message unless the XML is valid against the schemas. */
	static void validate(String xml, String... schemas) throws SAXException, IOException {
		Source[] sources = Arrays.stream(schemas)
			.map((schema) -> new StreamSource(Xml.class.getResource("/schemas/" + schema).toString()))
			.toArray(Source[]::new);
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(sources)
			.newValidator()
			.validate(new StreamSource(new StringReader(xml)));
	}

	static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	/** The elements of the given name anywhere in the document. */
	static List<Element> elements(Document document, String namespace, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** The text of the first child element of the given name, or null. */
	static String child(Element element, String namespace, String name) {
		NodeList nodes = element.getElementsByTagNameNS(namespace, name);
		return (nodes.getLength() > 0) ? nodes.item(0).getTextContent() : null;
	}

}
