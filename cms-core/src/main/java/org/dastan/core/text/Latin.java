package org.dastan.core.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Transliterator;

/**
 * Any text in Latin letters, as English-language media spell names: Russian by the
 * BGN/PCGN romanization (Токаев becomes Tokayev, Алматы Almaty), other scripts by ICU's
 * defaults, then without accents. Search indexes every text this way too and reads every
 * query this way, so that a word is found whichever script it is typed in. It runs in
 * Java rather than in an analyzer so that any search backend indexes the same words
 * (OpenSearch has no ICU module by default).
 */
public final class Latin {

	// Modifier letters are the soft and hard signs (Объём becomes Obyem) and ICU's marks
	// on Kazakh letters (Қ becomes K).
	private static final Transliterator TO_LATIN = Transliterator
		.getInstance("Russian-Latin/BGN; Any-Latin; [:Lm:] Remove; Latin-ASCII");

	// Whole texts through ICU, one at a time, indexed 40 articles a second at 100,000
	// (every body holds a dash or a quote mark): the transliterator is slow and takes a
	// lock. Words repeat from article to article, so each word is transliterated once
	// and kept; its rules never look past a space.
	private static final Cache<String, String> WORDS = Caffeine.newBuilder().maximumSize(50_000).build();

	private static final int LONGEST_KEPT_WORD = 64;

	private Latin() {
	}

	/**
	 * The text in Latin letters without accents; ASCII text as it is.
	 */
	public static String of(String text) {
		if (text == null || isAscii(text)) {
			return text;
		}
		StringBuilder latin = new StringBuilder(text.length() + 16);
		int end = 0;
		while (end < text.length()) {
			int start = end;
			boolean space = Character.isWhitespace(text.charAt(start));
			while (end < text.length() && Character.isWhitespace(text.charAt(end)) == space) {
				end++;
			}
			String run = text.substring(start, end);
			if (space || isAscii(run)) {
				latin.append(run);
			}
			else if (run.length() > LONGEST_KEPT_WORD) {
				latin.append(transliterate(run));
			}
			else {
				latin.append(WORDS.get(run, Latin::transliterate));
			}
		}
		return latin.toString();
	}

	private static String transliterate(String text) {
		// One transliterator for all threads: ICU's instances are not safe to share
		// without a lock.
		synchronized (TO_LATIN) {
			return TO_LATIN.transliterate(text);
		}
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

}
