package org.dastan.core.html;

/**
 * Keeps text to the characters XML 1.0 can carry: feeds and sitemaps must stay
 * well-formed whatever was pasted into a field, and a stray control character is never
 * meant as content.
 */
public final class XmlCharacters {

	private XmlCharacters() {
	}

	/**
	 * The text without control characters (but tab, line feed and carriage return),
	 * U+FFFE, U+FFFF and lone surrogates; {@code null} stays {@code null}.
	 */
	public static String strip(String text) {
		if (text == null || text.codePoints().allMatch(XmlCharacters::allowed)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(XmlCharacters::allowed).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	// The Char production of XML 1.0; a lone surrogate arrives as a code point of its
	// own.
	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| c >= 0x10000;
	}

}
