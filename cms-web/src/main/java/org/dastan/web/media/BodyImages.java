package org.dastan.web.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaLibrary;

/**
 * Makes the library's pictures in an article's (already sanitized) text responsive: each
 * {@code <img>} showing {@code /media/<file>} gets the variants as {@code srcset}, the
 * column's {@code sizes}, its size from the library and lazy loading, unless the text
 * sets these itself. Other images are left as they are. Templates call it as
 * {@code @bodyImages} once per render; the page cache keeps the result.
 */
@Component("bodyImages")
public class BodyImages {

	private static final String PREFIX = "/media/";

	// A variant is <name>-<width>.<ext>; a stored name may end in digits after a hyphen
	// too (a UUID's last group), so the exact name is tried first.
	private static final Pattern VARIANT = Pattern.compile("(.+)-\\d+(\\.[A-Za-z]+)");

	private final MediaLibrary library;

	private final MediaUrls urls;

	BodyImages(MediaLibrary library, MediaUrls urls) {
		this.library = library;
		this.urls = urls;
	}

	public String responsive(String html) {
		if (html == null || !html.contains(PREFIX)) {
			return html;
		}
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		Map<Element, List<String>> candidates = new LinkedHashMap<>();
		for (Element img : document.body().select("img[src^=" + PREFIX + "]")) {
			String file = img.attr("src").substring(PREFIX.length());
			if (!file.isEmpty() && file.indexOf('/') < 0 && file.indexOf('?') < 0 && file.indexOf('#') < 0) {
				candidates.put(img, names(file));
			}
		}
		if (candidates.isEmpty()) {
			return html;
		}
		Map<String, ImageRef> found = this.library
			.findImages(candidates.values().stream().flatMap(List::stream).toList());
		candidates.forEach((img, names) -> names.stream()
			.map(found::get)
			.filter((image) -> image != null)
			.findFirst()
			.ifPresent((image) -> describe(img, image)));
		return document.body().html();
	}

	private static List<String> names(String file) {
		List<String> names = new ArrayList<>(List.of(file));
		Matcher variant = VARIANT.matcher(file);
		if (variant.matches()) {
			names.add(variant.group(1) + variant.group(2));
		}
		return names;
	}

	private void describe(Element img, ImageRef image) {
		setIfAbsent(img, "srcset", this.urls.srcset(image));
		setIfAbsent(img, "sizes", MediaUrls.BODY_SIZES);
		if (!img.hasAttr("width") && !img.hasAttr("height")) {
			img.attr("width", String.valueOf(image.width()));
			img.attr("height", String.valueOf(image.height()));
		}
		setIfAbsent(img, "loading", "lazy");
		setIfAbsent(img, "decoding", "async");
	}

	private static void setIfAbsent(Element img, String name, String value) {
		if (!img.hasAttr(name)) {
			img.attr(name, value);
		}
	}

}
