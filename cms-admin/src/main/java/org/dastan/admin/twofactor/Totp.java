package org.dastan.admin.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238 over RFC 4226):
 * HMAC-SHA1, 30-second steps, 6 digits. Written here rather than taken from a library
 * because the check must say which time step matched, so that a code is refused the
 * second time.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	/** Codes of the step before and after are accepted too, for clocks that drift. */
	static final int TOLERANCE = 1;

	private static final SecureRandom random = new SecureRandom();

	private Totp() {
	}

	/** A new 160-bit secret in Base32. */
	static String newSecret() {
		byte[] secret = new byte[20];
		random.nextBytes(secret);
		return Base32.encode(secret);
	}

	static long stepAt(Instant time) {
		return Math.floorDiv(time.getEpochSecond(), STEP.toSeconds());
	}

	static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0xf;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String code = Integer.toString(binary % (int) Math.pow(10, digits));
			return "0".repeat(digits - code.length()) + code;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String code(String base32Secret, long step) {
		return code(Base32.decode(base32Secret), step, DIGITS, "HmacSHA1");
	}

	/** The time step whose code this is, within the tolerance around {@code now}. */
	static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
		String given = (code != null) ? code.replaceAll("\\s", "") : "";
		if (!given.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
			if (MessageDigest.isEqual(code(base32Secret, step).getBytes(), given.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

}
