package org.dastan.core.backup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The names of an archive's entries. */
final class Archive {

	static final String MANIFEST = "manifest.json";

	static final String TABLES = "tables/";

	static final String MEDIA = "media/";

	private Archive() {
	}

	static String table(String key) {
		return TABLES + key + ".jsonl";
	}

	static String media(String name) {
		return MEDIA + name;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
