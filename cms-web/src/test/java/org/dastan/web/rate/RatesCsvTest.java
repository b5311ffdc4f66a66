package org.dastan.web.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.dastan.core.rate.RateHistory.CurrencyHistory;
import org.dastan.core.rate.RateHistory.RatePoint;
import org.dastan.core.rate.TickerEntry;

import static org.assertj.core.api.Assertions.assertThat;

class RatesCsvTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "=HYPERLINK(\"http://evil\")|`\"'=HYPERLINK(\"\"http://evil\"\")\"`", "+1+2|'+1+2", "-2+3|'-2+3",
					"@SUM(A1)|'@SUM(A1)", "Kazakh tenge|Kazakh tenge", "Som, Kyrgyz|\"Som, Kyrgyz\"" })
	void neutralisesFormulasAndQuotesWhatNeedsIt(String name, String cell) {
		assertThat(RatesCsv.cell(name)).isEqualTo(cell);
	}

	@Test
	void writesOneRowPerCurrencyAndDateWithAHeader() {
		TickerEntry latest = new TickerEntry("KZT", "USD", LocalDate.of(2026, 1, 10), new BigDecimal("0.00196"), null,
				false);
		String csv = RatesCsv.of(List.of(new CurrencyHistory("KZT", "=cmd|' /C calc'!A0", latest,
				List.of(new RatePoint(LocalDate.of(2026, 1, 9), new BigDecimal("0.00195")),
						new RatePoint(LocalDate.of(2026, 1, 10), new BigDecimal("0.00196"))))));

		assertThat(csv)
			.isEqualTo("date,currency,name,base,value\r\n" + "2026-01-09,KZT,'=cmd|' /C calc'!A0,USD,0.00195\r\n"
					+ "2026-01-10,KZT,'=cmd|' /C calc'!A0,USD,0.00196\r\n");
	}

}
