package org.dastan.core.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.dastan.core.edit.RejectedEditException;

/**
 * Makes URL slugs from titles and names, Cyrillic transliterated, and says whether a slug
 * is valid.
 */
public final class Slugs {

	/** Lowercase Latin letters and digits in words joined by single hyphens. */
	public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

	public static final int MAX_LENGTH = 160;

	private static final Pattern VALID = Pattern.compile(PATTERN);

	private static final Pattern NOT_SLUG_CHARACTERS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	// Russian, Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic letters, after the common Russian
	// romanisation.
	private static final Map<Character, String> CYRILLIC = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"),
			Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
			Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
			Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
			Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
			Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
			Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ә', "a"), Map.entry('ғ', "g"), Map.entry('қ', "q"),
			Map.entry('ң', "ng"), Map.entry('ө', "o"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('һ', "h"),
			Map.entry('і', "i"), Map.entry('ҳ', "h"), Map.entry('ҷ', "j"), Map.entry('ӣ', "i"), Map.entry('ӯ', "u"),
			Map.entry('ў', "o"));

	private Slugs() {
	}

	/**
	 * A slug for the given text: transliterated, lowercased, words joined by hyphens, cut
	 * at a word boundary to {@link #MAX_LENGTH}. Returns an empty string when the text
	 * holds no letters or digits.
	 */
	public static String from(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder latin = new StringBuilder(lower.length());
		for (char c : lower.toCharArray()) {
			latin.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
		}
		String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD))
			.replaceAll("");
		String slug = NOT_SLUG_CHARACTERS.matcher(withoutAccents).replaceAll("-").replaceAll("^-|-$", "");
		return shorten(slug);
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
	}

	/**
	 * The given valid slug if it is not taken, else the first free one of {@code slug-2},
	 * {@code slug-3}, and so on, each cut to fit {@code maxLength}.
	 */
	public static String unique(String slug, int maxLength, Predicate<String> taken) {
		for (int number = 1;; number++) {
			String suffix = (number == 1) ? "" : "-" + number;
			String candidate = shorten(slug, maxLength - suffix.length()) + suffix;
			if (!taken.test(candidate)) {
				return candidate;
			}
		}
	}

	/**
	 * The slug an editor's form asks for, the one rule for articles, tags, topics and
	 * authors: the typed slug if it is valid and free, or, when none was typed, one made
	 * from the name and numbered until it is free. {@code taken} must count former slugs
	 * too, because they still lead to their holders.
	 * @param typed what the editor typed in the slug field, perhaps blank or null
	 * @param name the title or name to make a slug from
	 * @param fallback the slug when the name holds no letter or digit
	 * @param maxLength the longest slug the holder's table keeps
	 * @param taken whether another holder has the slug, now or formerly
	 * @throws RejectedEditException on the {@code slug} field: invalid or taken
	 */
	public static String choose(String typed, String name, String fallback, int maxLength, Predicate<String> taken) {
		String stripped = (typed != null) ? typed.strip() : "";
		if (stripped.isEmpty()) {
			String base = from(name);
			return unique(base.isEmpty() ? fallback : base, maxLength, taken);
		}
		if (!isValid(stripped) || stripped.length() > maxLength) {
			throw new RejectedEditException("slug", "rule.slug.invalid", maxLength);
		}
		if (taken.test(stripped)) {
			throw new RejectedEditException("slug", "rule.slug.taken", stripped);
		}
		return stripped;
	}

	private static String shorten(String slug) {
		return shorten(slug, MAX_LENGTH);
	}

	private static String shorten(String slug, int maxLength) {
		if (slug.length() <= maxLength) {
			return slug;
		}
		String cut = slug.substring(0, maxLength);
		int lastHyphen = cut.lastIndexOf('-');
		return (lastHyphen > 0) ? cut.substring(0, lastHyphen) : cut;
	}

}
