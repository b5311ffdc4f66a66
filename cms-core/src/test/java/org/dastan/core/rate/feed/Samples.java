package org.dastan.core.rate.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dastan.core.rate.PublishedRate;

/**
 * The real bank documents in the shared fixtures, and ways to break them.
 */
public final class Samples {

	private static final Path DIRECTORY = Path.of(System.getProperty("dastan.shared.dir", "../../shared"), "fixtures",
			"rates");

	private Samples() {
	}

	public static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(DIRECTORY.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces ASCII text in the bytes, leaving every other byte (e.g. windows-1251) as
	 * it was.
	 */
	public static byte[] replace(byte[] document, String text, String replacement) {
		String latin = new String(document, StandardCharsets.ISO_8859_1);
		if (!latin.contains(text)) {
			throw new IllegalArgumentException("The sample has no " + text);
		}
		return latin.replace(text, replacement).getBytes(StandardCharsets.ISO_8859_1);
	}

	static BigDecimal value(List<PublishedRate> rates, String currency) {
		return rates.stream()
			.filter((rate) -> rate.currency().equals(currency))
			.map(PublishedRate::value)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No rate for " + currency + " in " + rates));
	}

	/**
	 * The USD price of one unit, from what the document says per nominal, worked out
	 * here.
	 */
	static BigDecimal usdPerUnit(String value, String nominal, String usdValue) {
		MathContext context = MathContext.DECIMAL64;
		BigDecimal perUnit = new BigDecimal(value.replace(',', '.')).divide(new BigDecimal(nominal), context);
		return perUnit.divide(new BigDecimal(usdValue.replace(',', '.')), context);
	}

}
