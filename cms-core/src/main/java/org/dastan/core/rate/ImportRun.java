package org.dastan.core.rate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One source's part of an import run, as the import log shows it: when, whether it
 * worked, what it stored, or why it failed.
 *
 * @param startedBy the editor who pressed "import now", or {@code null} for the schedule
 * @param parsed how many rates the document held, of all currencies
 * @param message why it failed, or {@code null}
 */
public record ImportRun(Long id, String source, Instant startedAt, Instant finishedAt, boolean succeeded,
		String startedBy, LocalDate rateDate, int parsed, int added, int updated, int unchanged, String message) {

}
