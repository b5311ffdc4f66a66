package org.dastan.core.redirect;

import java.util.List;

import org.dastan.core.redirect.ImportLine.Outcome;

/** What an import did, line by line. */
public record ImportReport(List<ImportLine> lines) {

	public ImportReport {
		lines = List.copyOf(lines);
	}

	public long count(Outcome outcome) {
		return this.lines.stream().filter((line) -> line.outcome() == outcome).count();
	}

}
