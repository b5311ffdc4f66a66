package org.dastan.core.user;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins, lockouts and two-factor secrets through the module's API, against the
 * real database.
 */
@SpringBootTest
class AccountLoginsTest {

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private AccountLogins logins;

	@Autowired
	private TwoFactorSecrets secrets;

	@Autowired
	private UserAccountRepository stored;

	private long zarina;

	@BeforeEach
	void zarina() {
		this.stored.deleteAll();
		this.zarina = this.accounts.create(new CreateAccount("zarina", "Zarina", null, Set.of(Role.ADMIN))).userId();
	}

	@AfterEach
	void deleteEverything() {
		this.stored.deleteAll();
	}

	@Test
	void findsWhatALoginIsCheckedAgainst() {
		LoginAccount login = this.logins.find("zarina").orElseThrow();

		assertThat(login.passwordHash()).isEqualTo(this.stored.findById(this.zarina).orElseThrow().getPasswordHash());
		assertThat(login)
			.extracting(LoginAccount::roles, LoginAccount::enabled, LoginAccount::locked, LoginAccount::twoFactor)
			.containsExactly(Set.of(Role.ADMIN), true, false, false);
		assertThat(this.logins.find("nobody")).isEmpty();
	}

	@Test
	void theFifthFailureLocksTheAccountUntilAnAdminUnlocksIt() {
		for (int i = 0; i < 4; i++) {
			assertThat(this.logins.recordFailure("zarina")).isFalse();
		}
		assertThat(this.logins.recordFailure("zarina")).isTrue();
		assertThat(this.logins.find("zarina").orElseThrow().locked()).isTrue();
		assertThat(this.accounts.find(this.zarina).orElseThrow().locked()).isTrue();

		this.accounts.unlock(this.zarina);

		assertThat(this.logins.find("zarina").orElseThrow().locked()).isFalse();
		assertThat(this.logins.recordFailure("nobody")).isFalse();
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() {
		for (int i = 0; i < 4; i++) {
			this.logins.recordFailure("zarina");
		}
		this.logins.recordSuccess("zarina");

		assertThat(this.logins.recordFailure("zarina")).isFalse();
		assertThat(this.stored.findById(this.zarina).orElseThrow().getFailedAttempts()).isEqualTo(1);
	}

	@Test
	void keepsTheTwoFactorSecretAndAcceptsEachStepAndRecoveryCodeOnce() {
		assertThat(this.secrets.remainingRecoveryCodes("zarina")).isEmpty();
		assertThat(this.secrets.enable(new EnableTwoFactor("zarina", "SECRET", 100, List.of("hash-a", "hash-b"))))
			.isTrue();
		assertThat(this.secrets.enable(new EnableTwoFactor("zarina", "OTHER", 200, List.of("hash-c")))).isFalse();

		assertThat(this.secrets.secret("zarina")).contains("SECRET");
		assertThat(this.logins.find("zarina").orElseThrow().twoFactor()).isTrue();
		assertThat(this.secrets.acceptCodeOfStep("zarina", 100)).isFalse();
		assertThat(this.secrets.acceptCodeOfStep("zarina", 101)).isTrue();
		assertThat(this.secrets.acceptCodeOfStep("zarina", 101)).isFalse();
		assertThat(this.secrets.useRecoveryCode("zarina", "hash-a")).isTrue();
		assertThat(this.secrets.useRecoveryCode("zarina", "hash-a")).isFalse();
		assertThat(this.secrets.remainingRecoveryCodes("zarina")).contains(1);

		this.secrets.disable("zarina");

		assertThat(this.secrets.secret("zarina")).isEmpty();
		assertThat(this.secrets.remainingRecoveryCodes("zarina")).isEmpty();
	}

}
