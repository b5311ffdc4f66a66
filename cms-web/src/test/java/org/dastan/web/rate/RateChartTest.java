package org.dastan.web.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.dastan.core.rate.RateHistory.RatePoint;
import org.dastan.web.rate.RateChart.DayMark;
import org.dastan.web.rate.RateChart.Gridline;

import static org.assertj.core.api.Assertions.assertThat;

class RateChartTest {

	private static final LocalDate FIRST = LocalDate.of(2025, 10, 12);

	@Test
	void spansTheValuesWithRoundGridlinesInPlainDecimals() {
		RateChart chart = RateChart.of(List.of(point(0, "0.0000798"), point(45, "0.0000811"), point(89, "0.0000802")),
				Locale.ENGLISH);

		assertThat(chart.values()).extracting(Gridline::label)
			.containsExactly("0.0000815", "0.0000810", "0.0000805", "0.0000800", "0.0000795");
		// From the top of the plot to its bottom, 160 pixels lower.
		assertThat(chart.values()).extracting(Gridline::y).containsExactly("20", "60", "100", "140", "180");
		assertThat(chart.values().get(0).labelY()).isEqualTo("16");
	}

	@Test
	void drawsEachDayWhereItsDateAndValueFallOldestFirst() {
		RateChart chart = RateChart.of(List.of(point(0, "0.0000798"), point(45, "0.0000811"), point(89, "0.0000802")),
				Locale.ENGLISH);

		// Across: days since the first of 89, in thousandths; down: from 0.0000815 at 0
		// to 0.0000795 at 1000.
		assertThat(chart.line()).isEqualTo("0,850 505.6,200 1000,650");
	}

	@Test
	void marksFiveDaysFromTheFirstToTheLastInTheReadersLanguage() {
		List<RatePoint> points = List.of(point(0, "0.00196"), point(88, "0.00197"));

		assertThat(RateChart.of(points, Locale.ENGLISH).days()).containsExactly(new DayMark("12 Oct", "0%", "start"),
				new DayMark("3 Nov", "25%", "middle"), new DayMark("25 Nov", "50%", "middle"),
				new DayMark("17 Dec", "75%", "middle"), new DayMark("8 Jan", "100%", "end"));
		assertThat(RateChart.of(points, Locale.forLanguageTag("ru")).days()).extracting(DayMark::label)
			.containsExactly("12 окт.", "3 нояб.", "25 нояб.", "17 дек.", "8 янв.");
	}

	@Test
	void writesDecimalsTheWayTheReadersLanguageDoes() {
		RateChart chart = RateChart.of(List.of(point(0, "0.1076"), point(1, "0.1081")), Locale.forLanguageTag("ru"));

		assertThat(chart.values()).extracting(Gridline::label).containsExactly("0,1082", "0,1080", "0,1078", "0,1076");
	}

	@Test
	void drawsAnUnchangedRateLevelBetweenRoundValuesAroundIt() {
		RateChart chart = RateChart.of(List.of(point(0, "0.01144"), point(30, "0.01144")), Locale.ENGLISH);

		assertThat(chart.values()).extracting(Gridline::label).containsExactly("0.0116", "0.0115", "0.0114", "0.0113");
		assertThat(chart.line()).isEqualTo("0,533.3 1000,533.3");
	}

	@Test
	void drawsASingleDayAsALevelLineUnderItsOnlyDate() {
		RateChart chart = RateChart.of(List.of(point(0, "0.28575")), Locale.ENGLISH);

		assertThat(chart.line()).isEqualTo("0,531.3 1000,531.3");
		assertThat(chart.days()).containsExactly(new DayMark("12 Oct", "50%", "middle"));
	}

	private static RatePoint point(int day, String value) {
		return new RatePoint(FIRST.plusDays(day), new BigDecimal(value));
	}

}
