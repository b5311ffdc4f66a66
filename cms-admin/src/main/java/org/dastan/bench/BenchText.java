package org.dastan.bench;

import java.util.Random;

/**
 * Made-up news copy of a realistic size: a title, a standfirst and a body of a few
 * kilobytes of HTML with subheadings, paragraphs, a quote and a list.
 */
final class BenchText {

	private static final String[] WORDS = ("almaty astana bishkek tashkent dushanbe ashgabat samarkand osh "
			+ "ministry parliament budget tenge som sum somoni manat railway pipeline harvest cotton wheat "
			+ "border water reservoir election reform bank inflation exports migrants remittances winter "
			+ "energy coal gas hydropower school hospital road bridge airport tourism festival heritage "
			+ "mountain steppe river lake market traders farmers officials residents students engineers")
		.split(" ");

	private final Random random;

	BenchText(long seed) {
		this.random = new Random(seed);
	}

	String words(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((i > 0) ? " " : "").append(WORDS[this.random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	String sentence(int words) {
		String text = words(words);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
	}

	String body() {
		StringBuilder html = new StringBuilder();
		for (int section = 0; section < 4; section++) {
			html.append("<h2>").append(sentence(5)).append("</h2>");
			for (int paragraph = 0; paragraph < 3; paragraph++) {
				html.append("<p>");
				for (int sentence = 0; sentence < 4; sentence++) {
					html.append(sentence(9 + this.random.nextInt(8))).append(' ');
				}
				html.append("</p>");
			}
			if (section == 1) {
				html.append("<blockquote><p>").append(sentence(18)).append("</p></blockquote>");
			}
			if (section == 2) {
				html.append("<ul><li>")
					.append(sentence(6))
					.append("</li><li>")
					.append(sentence(7))
					.append("</li></ul>");
			}
		}
		return html.toString();
	}

}
