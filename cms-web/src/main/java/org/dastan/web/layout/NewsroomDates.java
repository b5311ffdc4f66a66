package org.dastan.web.layout;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.dastan.core.config.NewsroomProperties;

/**
 * Formats dates as the newsroom writes them ({@code 5 September 2025}), in its time zone
 * and the reader's language. Templates call it as {@code @dates}.
 */
@Component("dates")
public class NewsroomDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

	private final NewsroomProperties properties;

	private final Clock clock;

	NewsroomDates(NewsroomProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public String today() {
		return LocalDate.now(this.clock.withZone(this.properties.timeZone()))
			.format(DAY.withLocale(LocaleContextHolder.getLocale()));
	}

	public String day(Instant instant) {
		return DAY.withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(this.properties.timeZone()));
	}

	public String dayAndTime(Instant instant) {
		return DAY_AND_TIME.withLocale(LocaleContextHolder.getLocale())
			.format(instant.atZone(this.properties.timeZone()));
	}

	/** The machine-readable form for {@code <time datetime>}. */
	public String iso(Instant instant) {
		// Whole seconds: HTML's datetime syntax allows at most three fractional digits.
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(this.properties.timeZone()));
	}

}
