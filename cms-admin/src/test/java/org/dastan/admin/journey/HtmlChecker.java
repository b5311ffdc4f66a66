package org.dastan.admin.journey;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the Nu Html Checker (the engine behind validator.w3.org/nu) in-process on served
 * HTML and returns its errors, each as "line: message".
 */
final class HtmlChecker {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HtmlChecker() {
	}

	static List<String> errors(String html) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		List<String> errors = new ArrayList<>();
		for (JsonNode message : JSON.readTree(report).path("messages")) {
			String type = message.path("type").asString();
			if ("error".equals(type) || "fatal".equals(message.path("subType").asString())) {
				errors.add(message.path("lastLine").asInt() + ": " + message.path("message").asString());
			}
		}
		return errors;
	}

}
