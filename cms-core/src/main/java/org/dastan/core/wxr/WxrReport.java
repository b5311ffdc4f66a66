package org.dastan.core.wxr;

import java.util.List;
import java.util.Map;

/**
 * What an import did: how many of each kind it added and updated, how fast it read the
 * export, and what it could not carry.
 *
 * @param items the items (posts, pages, attachments and others) the export held
 * @param millis how long the import took
 * @param leftOff how many more things were not carried than the list holds
 */
public record WxrReport(Map<WxrKind, Integer> added, Map<WxrKind, Integer> updated, long items, long millis,
		List<NotCarried> notCarried, int leftOff) {

	public WxrReport {
		added = Map.copyOf(added);
		updated = Map.copyOf(updated);
		notCarried = List.copyOf(notCarried);
	}

	public int added(WxrKind kind) {
		return this.added.getOrDefault(kind, 0);
	}

	public int updated(WxrKind kind) {
		return this.updated.getOrDefault(kind, 0);
	}

	public long itemsPerSecond() {
		return (this.millis > 0) ? this.items * 1000 / this.millis : this.items;
	}

}
