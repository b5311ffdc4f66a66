package org.dastan.core.user;

import java.security.SecureRandom;

/**
 * Random passwords an admin hands over once: 20 characters from an alphabet without
 * look-alikes (no 0/O, 1/l/I), about 115 bits.
 */
public final class OneTimePasswords {

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePasswords() {
	}

	public static String generate() {
		StringBuilder password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
