package org.dastan.admin.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One-time recovery codes for a lost authenticator app: ten random codes of 50 bits each
 * ({@code abcde-fghij}), shown once and stored only as SHA-256 hashes. A fast hash is
 * enough because the codes are random, not chosen by people.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private RecoveryCodes() {
	}

	static List<String> generate() {
		return IntStream.range(0, COUNT).mapToObj((i) -> part() + "-" + part()).toList();
	}

	private static String part() {
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			part.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return part.toString();
	}

	/** The hash of a code as typed: case, spaces and dashes do not matter. */
	static String hash(String code) {
		String normal = code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
