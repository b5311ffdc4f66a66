package org.dastan.admin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A readable name for a change, made from the pattern of the route it went to, so that
 * routes added later are named without being listed: {@code POST /admin/articles} is
 * {@code articles.create}, {@code POST /admin/articles/{id}} {@code articles.save},
 * {@code POST /admin/articles/{id}/publish} {@code articles.publish}. A form whose
 * buttons each do something else ({@code action=PUBLISH}) names the button instead:
 * {@code articles.publish}.
 */
final class AdminAction {

	private AdminAction() {
	}

	static String name(String method, String pattern, String button) {
		String name = name(method, pattern);
		if (button == null || !button.matches("[A-Z_]{1,20}") || "SAVE".equals(button)) {
			return name;
		}
		return name.replaceFirst("\\.(save|create)$", "." + button.toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	static String name(String method, String pattern) {
		List<String> words = new ArrayList<>();
		String[] segments = pattern.replaceFirst("^/admin/?", "").split("/");
		boolean endsWithVariable = false;
		for (String segment : segments) {
			endsWithVariable = segment.startsWith("{");
			if (!segment.isEmpty() && !endsWithVariable) {
				words.add(segment);
			}
		}
		if (words.isEmpty()) {
			words.add("admin");
		}
		if (endsWithVariable) {
			words.add("DELETE".equals(method) ? "delete" : "save");
		}
		else if (segments.length == 1) {
			words.add("create");
		}
		return String.join(".", words);
	}

}
