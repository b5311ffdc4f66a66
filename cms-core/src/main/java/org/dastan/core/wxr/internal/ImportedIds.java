package org.dastan.core.wxr.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which Dastan id each WordPress thing of a site became ({@code wxr_imports}), so that a
 * second run finds what the first made.
 */
@Repository
public class ImportedIds {

	// A longer key (an image's address) is kept as its hash, so that the key fits an
	// index on either database.
	private static final int MAX_KEY = 300;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ImportedIds(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Long find(String site, String kind, String key) {
		List<Long> ids = this.jdbc.queryForList(
				"select target_id from wxr_imports where site = ? and kind = ? and source_key = ?", Long.class, site,
				kind, key(key));
		return ids.isEmpty() ? null : ids.get(0);
	}

	public void put(String site, String kind, String key, long id) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int updated = this.jdbc.update(
				"update wxr_imports set target_id = ?, imported_at = ? where site = ? and kind = ? and source_key = ?",
				id, now, site, kind, key(key));
		if (updated == 0) {
			this.jdbc.update(
					"insert into wxr_imports (site, kind, source_key, target_id, imported_at) values (?, ?, ?, ?, ?)",
					site, kind, key(key), id, now);
		}
	}

	private static String key(String key) {
		if (key.length() <= MAX_KEY) {
			return key;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
