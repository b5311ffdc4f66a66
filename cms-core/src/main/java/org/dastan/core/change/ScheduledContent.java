package org.dastan.core.change;

import java.time.Instant;

/**
 * Content that becomes public at a set time without any save, such as a scheduled
 * article: {@link ContentVersion} announces a change when that time comes. The feature
 * that owns the content answers, so that this package knows no feature's tables.
 */
public interface ScheduledContent {

	/** The first time after {@code now} at which content becomes public, if any. */
	Instant nextPublicationAfter(Instant now);

}
