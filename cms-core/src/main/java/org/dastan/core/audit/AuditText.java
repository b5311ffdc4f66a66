package org.dastan.core.audit;

/**
 * Shows stored values with control characters escaped ({@code \n}, {@code \r},
 * {@code \t}, {@code \u001b}...), so that a username typed with line breaks reads as one
 * line and cannot pass for a second entry, on a page or in the log file.
 */
public final class AuditText {

	private AuditText() {
	}

	public static String visible(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder text = new StringBuilder(value.length());
		value.codePoints().forEach((c) -> {
			switch (c) {
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\t' -> text.append("\\t");
				case '\\' -> text.append("\\\\");
				default -> {
					if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
						text.append(String.format("\\u%04x", c));
					}
					else {
						text.appendCodePoint(c);
					}
				}
			}
		});
		return text.toString();
	}

}
