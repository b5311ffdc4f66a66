package org.dastan.core.user.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dastan.core.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountLockoutTest {

	private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

	private final UserAccount account = new UserAccount("reporter", "Reporter", "{noop}x", Set.of(Role.AUTHOR));

	@Test
	void locksForFifteenMinutesAtTheFifthFailureWithinFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			assertThat(this.account.recordFailedLogin(NOON.plus(Duration.ofMinutes(3L * i)))).isFalse();
		}
		Instant fifth = NOON.plus(Duration.ofMinutes(14));
		assertThat(this.account.recordFailedLogin(fifth)).isTrue();
		assertThat(this.account.isLockedAt(fifth.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(this.account.isLockedAt(fifth.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void startsCountingAgainWhenFailuresAreFifteenMinutesApart() {
		for (int i = 0; i < 4; i++) {
			this.account.recordFailedLogin(NOON);
		}
		assertThat(this.account.recordFailedLogin(NOON.plus(Duration.ofMinutes(15)))).isFalse();
		assertThat(this.account.isLockedAt(NOON.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		for (int i = 0; i < 5; i++) {
			this.account.recordFailedLogin(NOON);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(this.account.recordFailedLogin(NOON.plus(Duration.ofMinutes(10)))).isFalse();
		}
		assertThat(this.account.isLockedAt(NOON.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() {
		for (int i = 0; i < 4; i++) {
			this.account.recordFailedLogin(NOON);
		}
		this.account.recordSuccessfulLogin();
		assertThat(this.account.recordFailedLogin(NOON)).isFalse();
		assertThat(this.account.getFailedAttempts()).isEqualTo(1);
	}

	@Test
	void acceptsTheCodeOfEachTimeStepOnceAndRecoveryCodesOnce() {
		this.account.enableTwoFactor("SECRET", 100, List.of("hash-a", "hash-b"));
		assertThat(this.account.hasTwoFactor()).isTrue();
		assertThat(this.account.acceptCodeOfStep(100)).isFalse();
		assertThat(this.account.acceptCodeOfStep(101)).isTrue();
		assertThat(this.account.acceptCodeOfStep(101)).isFalse();
		assertThat(this.account.acceptCodeOfStep(100)).isFalse();
		assertThat(this.account.useRecoveryCode("hash-a")).isTrue();
		assertThat(this.account.useRecoveryCode("hash-a")).isFalse();
		assertThat(this.account.getRemainingRecoveryCodes()).isEqualTo(1);
		this.account.disableTwoFactor();
		assertThat(this.account.hasTwoFactor()).isFalse();
		assertThat(this.account.useRecoveryCode("hash-b")).isFalse();
	}

}
