package org.dastan.web.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.dastan.core.rate.RateHistory.RatePoint;

/**
 * A currency's history as a line chart, worked out on the server so that the rates page
 * shows its charts with its first paint and runs no script for them (Chart.js held up the
 * page for seconds on a phone). {@code rates.html} draws it as SVG of a fixed height that
 * stretches to the column: the line in a plot of {@value #PLOT_SIZE} units each way,
 * gridlines at round values written in plain decimals in the reader's language
 * ({@code 0.0000798}, {@code 0,0000798}, never {@code 7.98e-5}), and days along the
 * bottom from the first to the last, placed by date.
 *
 * @param line the polyline's points in plot units, oldest first
 * @param values the gridlines, top first, with their pixel height in the chart
 * @param days the marked days, each placed at a percentage of the width
 */
record RateChart(String line, List<Gridline> values, List<DayMark> days) {

	/**
	 * Where the plot starts below the top of the chart and how high it is, in pixels, and
	 * its units each way: those of the plot's {@code <svg>} in {@code rates.html}.
	 */
	static final int PLOT_TOP = 20;

	static final int PLOT_HEIGHT = 160;

	static final int PLOT_SIZE = 1000;

	private static final int STEPS = 4;

	private static final int DAY_MARKS = 5;

	static RateChart of(List<RatePoint> points, Locale locale) {
		BigDecimal min = points.stream().map(RatePoint::value).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		BigDecimal max = points.stream().map(RatePoint::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
		if (min.compareTo(max) == 0) {
			// A flat line goes across the middle, between round values around it.
			BigDecimal pad = (min.signum() == 0) ? BigDecimal.ONE : min.abs().movePointLeft(2);
			min = min.subtract(pad);
			max = max.add(pad);
		}
		BigDecimal step = roundStep(max.subtract(min));
		BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
		BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
		return new RateChart(line(points, low, high), gridlines(low, high, step, locale), days(points, locale));
	}

	/**
	 * 1, 2 or 5 times a power of ten, so that about {@value #STEPS} steps span the range.
	 */
	private static BigDecimal roundStep(BigDecimal range) {
		double rough = range.doubleValue() / STEPS;
		int exponent = (int) Math.floor(Math.log10(rough));
		double mantissa = rough / Math.pow(10, exponent);
		int multiple = (mantissa <= 1) ? 1 : (mantissa <= 2) ? 2 : (mantissa <= 5) ? 5 : 10;
		return BigDecimal.valueOf(multiple).scaleByPowerOfTen(exponent);
	}

	private static String line(List<RatePoint> points, BigDecimal low, BigDecimal high) {
		if (points.isEmpty()) {
			return "";
		}
		if (points.size() == 1) {
			String y = number(height(points.get(0).value(), low, high) * PLOT_SIZE);
			return "0," + y + " " + PLOT_SIZE + "," + y;
		}
		LocalDate first = points.get(0).date();
		long span = Math.max(1, ChronoUnit.DAYS.between(first, points.get(points.size() - 1).date()));
		return points.stream()
			.map((point) -> number((double) ChronoUnit.DAYS.between(first, point.date()) * PLOT_SIZE / span) + ","
					+ number(height(point.value(), low, high) * PLOT_SIZE))
			.collect(Collectors.joining(" "));
	}

	/** How far down from the top of the plot a value lies, from 0 to 1. */
	private static double height(BigDecimal value, BigDecimal low, BigDecimal high) {
		return high.subtract(value).doubleValue() / high.subtract(low).doubleValue();
	}

	private static List<Gridline> gridlines(BigDecimal low, BigDecimal high, BigDecimal step, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int decimals = Math.max(0, step.stripTrailingZeros().scale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		List<Gridline> lines = new ArrayList<>();
		for (BigDecimal value = high; value.compareTo(low) >= 0; value = value.subtract(step)) {
			double y = PLOT_TOP + height(value, low, high) * PLOT_HEIGHT;
			lines.add(new Gridline(format.format(value), number(y), number(y - 4)));
		}
		return lines;
	}

	private static List<DayMark> days(List<RatePoint> points, Locale locale) {
		if (points.isEmpty()) {
			return List.of();
		}
		DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", locale);
		LocalDate first = points.get(0).date();
		long span = ChronoUnit.DAYS.between(first, points.get(points.size() - 1).date());
		if (span == 0) {
			return List.of(new DayMark(format.format(first), "50%", "middle"));
		}
		Set<Long> offsets = new LinkedHashSet<>();
		for (int mark = 0; mark < DAY_MARKS; mark++) {
			offsets.add(Math.round((double) span * mark / (DAY_MARKS - 1)));
		}
		return offsets.stream().map((offset) -> {
			String anchor = (offset == 0) ? "start" : (offset == span) ? "end" : "middle";
			return new DayMark(format.format(first.plusDays(offset)), number(100.0 * offset / span) + "%", anchor);
		}).toList();
	}

	private static String number(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/**
	 * A round value across the chart: its label and the pixel heights of line and label.
	 */
	record Gridline(String label, String y, String labelY) {
	}

	/** A day marked under the chart, at {@code x} across, its label anchored there. */
	record DayMark(String label, String x, String anchor) {
	}

}
