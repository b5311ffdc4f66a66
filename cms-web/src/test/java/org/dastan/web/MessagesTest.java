package org.dastan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public-site message exists in English and Russian, so no reader sees a missing
 * key.
 */
class MessagesTest {

	@Test
	void everyKeyIsTranslatedIntoRussian() throws IOException {
		Properties english = load("/messages.properties");
		Properties russian = load("/messages_ru.properties");
		assertThat(english).isNotEmpty();
		assertThat(russian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
		russian.forEach((key, value) -> assertThat((String) value).as((String) key).isNotBlank());
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
