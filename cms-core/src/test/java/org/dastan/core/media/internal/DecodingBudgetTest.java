package org.dastan.core.media.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import org.dastan.core.media.MediaBusyException;
import org.dastan.core.media.MediaProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DecodingBudgetTest {

	private final DecodingBudget budget = budget(100L);

	@Test
	void refusesADecodeThatFindsNoRoomWithinTheWait() {
		try (DecodingBudget.Reservation first = this.budget.reserve(60)) {
			long start = System.nanoTime();
			assertThatExceptionOfType(MediaBusyException.class).isThrownBy(() -> this.budget.reserve(60));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
		}
		this.budget.reserve(60).close();
	}

	@Test
	void letsASmallDecodeRunBesideALargeOne() {
		try (DecodingBudget.Reservation large = this.budget.reserve(60);
				DecodingBudget.Reservation small = this.budget.reserve(40)) {
			assertThatExceptionOfType(MediaBusyException.class).isThrownBy(() -> this.budget.reserve(1));
		}
	}

	@Test
	void runsADecodeLargerThanTheWholeBudgetAlone() {
		try (DecodingBudget.Reservation huge = this.budget.reserve(500)) {
			assertThatExceptionOfType(MediaBusyException.class).isThrownBy(() -> this.budget.reserve(1));
		}
		this.budget.reserve(100).close();
	}

	@Test
	void takesAQuarterOfTheHeapWhenNoBudgetIsSet() {
		assertThat(budget(null).pixels()).isEqualTo(Runtime.getRuntime().maxMemory() / 16);
	}

	private static DecodingBudget budget(Long pixels) {
		return new DecodingBudget(
				new MediaProperties(DataSize.ofMegabytes(10), 40_000_000, 2560, pixels, Duration.ofMillis(50)));
	}

}
