package org.dastan.core.user;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.dastan.core.edit.RejectedEditException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertRefused("Zq8!vR2@pL7", "rule.password.too-short");
		assertRefused("", "rule.password.too-short");
		assertRefused(null, "rule.password.too-short");
		assertThatCode(() -> check("Zq8!vR2@pL7#")).doesNotThrowAnyException();
	}

	@Test
	void acceptsOneHundredTwentyEightCharactersAndRefusesMore() {
		String long128 = "nine blue umbrellas sing softly ".repeat(4);
		assertThatCode(() -> check(long128)).doesNotThrowAnyException();
		assertRefused(long128 + "x", "rule.password.too-long");
		assertRefused("x".repeat(10_000), "rule.password.too-long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "PASSWORD1234", "123456789012", "aaaaaaaaaaaa", "iloveyou1234" })
	void refusesCommonPasswords(String password) {
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(() -> check(password))
			.matches((ex) -> ex.code().equals("rule.password.common") || ex.code().equals("rule.password.guessable"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "qwertyuiopas", "asdfghjkl;'z", "abcabcabcabc" })
	void refusesKeyboardWalksAndRepeats(String password) {
		assertRefused(password, "rule.password.guessable");
	}

	@Test
	void refusesTheUsernameAsPassword() {
		assertThatExceptionOfType(RejectedEditException.class)
			.isThrownBy(() -> this.policy.check("Zarina.Editor", "zarina.editor", "newPassword"))
			.matches((ex) -> ex.code().equals("rule.password.username") && ex.field().equals("newPassword"));
	}

	@Test
	void acceptsAPassphrase() {
		assertThatCode(() -> check("nine blue umbrellas sing softly")).doesNotThrowAnyException();
	}

	@RepeatedTest(20)
	void acceptsEveryGeneratedOneTimePassword() {
		assertThatCode(() -> check(OneTimePasswords.generate())).doesNotThrowAnyException();
	}

	private void check(String password) {
		this.policy.check("zarina", password, "password");
	}

	private void assertRefused(String password, String code) {
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(() -> check(password))
			.matches((ex) -> ex.code().equals(code), code);
	}

}
