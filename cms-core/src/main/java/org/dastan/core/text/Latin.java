package org.dastan.core.text;

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

	private Latin() {
	}

	/**
	 * The text in Latin letters without accents; ASCII text as it is.
	 */
	public static String of(String text) {
		if (text == null || text.chars().allMatch((c) -> c < 128)) {
			return text;
		}
		// One transliterator for all threads: ICU's instances are not safe to share
		// without a lock.
		synchronized (TO_LATIN) {
			return TO_LATIN.transliterate(text);
		}
	}

}
