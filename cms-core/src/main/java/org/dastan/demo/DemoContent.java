package org.dastan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The demo newsroom's content as written in {@code demo/*.json} on the classpath.
 */
record DemoContent(List<DemoTag> tags, List<DemoAuthor> authors, List<DemoArticle> articles) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static DemoContent load() {
		List<DemoArticle> articles = new ArrayList<>(read("demo/articles-1.json", new TypeReference<>() {
		}));
		articles.addAll(read("demo/articles-2.json", new TypeReference<List<DemoArticle>>() {
		}));
		articles.addAll(read("demo/articles-ru.json", new TypeReference<List<DemoArticle>>() {
		}));
		return new DemoContent(read("demo/tags.json", new TypeReference<>() {
		}), read("demo/authors.json", new TypeReference<>() {
		}), articles);
	}

	private static <T> T read(String path, TypeReference<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read demo content " + path, ex);
		}
	}

	record DemoTag(String slug, String name, String kind, Integer navPosition, String description) {
	}

	record DemoAuthor(String slug, String name, String jobTitle, String bio) {
	}

	record DemoImage(String scene, String alt, String caption, String credit) {
	}

	record DemoArticle(String slug, String title, String standfirst, String section, List<String> tags,
			List<String> authors, int publishedDaysAgo, int publishedHour, Integer updatedHoursAfter, String status,
			DemoImage image, List<String> suggested, String body) {
	}

}
