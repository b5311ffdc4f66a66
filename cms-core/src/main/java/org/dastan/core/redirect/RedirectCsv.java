package org.dastan.core.redirect;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV of redirects, one per line: {@code from,to,status}, with an optional header
 * line of those names; fields may be quoted as RFC 4180 says (a comma in a query).
 */
final class RedirectCsv {

	static final String HEADER = "from,to,status";

	private RedirectCsv() {
	}

	/** The fields of one line; {@code null} when a quote is left open. */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank()) {
				field.setLength(0);
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString().strip());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		fields.add(field.toString().strip());
		return fields;
	}

	static boolean isHeader(List<String> fields) {
		return !fields.isEmpty() && fields.get(0).equalsIgnoreCase("from");
	}

	static String line(String from, String to, int status) {
		return field(from) + "," + field(to) + "," + status;
	}

	private static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.strip().equals(text)) {
			return text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
