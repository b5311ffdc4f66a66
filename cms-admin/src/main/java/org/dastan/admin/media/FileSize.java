package org.dastan.admin.media;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A number of bytes as people read it ({@code 340 KB}, {@code 1.5 MB}), with the message
 * key of its unit so that the unit is translated too.
 */
record FileSize(String key, Number amount) {

	private static final long KB = 1024;

	private static final long MB = KB * KB;

	static FileSize of(long bytes) {
		if (bytes < KB) {
			return new FileSize("admin.size.bytes", bytes);
		}
		if (bytes < MB) {
			return new FileSize("admin.size.kb", Math.round((double) bytes / KB));
		}
		BigDecimal megabytes = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP);
		return new FileSize("admin.size.mb", megabytes.stripTrailingZeros());
	}

	MessageSourceResolvable toMessage() {
		return new DefaultMessageSourceResolvable(new String[] { this.key }, new Object[] { this.amount });
	}

}
