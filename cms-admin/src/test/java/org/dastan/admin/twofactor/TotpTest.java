package org.dastan.admin.twofactor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void makesTheCodesOfRfc6238(long seconds, String expected) {
		long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(RFC_KEY, step, 8, "HmacSHA1")).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922", "7, 162583",
			"8, 399871", "9, 520489" })
	void makesTheSixDigitCodesOfRfc4226(long counter, String expected) {
		assertThat(Totp.code(RFC_KEY, counter, 6, "HmacSHA1")).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
			"foobar, MZXW6YTBOI" })
	void encodesAndDecodesBase32AsRfc4648(String text, String base32) {
		assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
		assertThat(new String(Base32.decode(base32), StandardCharsets.US_ASCII)).isEqualTo(text);
	}

	@Test
	void acceptsCodesOfTheStepBeforeAndAfterButNoFurther() {
		String secret = Base32.encode(RFC_KEY);
		Instant now = Instant.ofEpochSecond(1111111111);
		long step = Totp.stepAt(now);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).hasValue(step);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEmpty();
	}

	@Test
	void refusesCodesThatAreNotSixDigits() {
		String secret = Totp.newSecret();
		Instant now = Instant.now();
		assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
		String code = Totp.code(secret, Totp.stepAt(now));
		assertThat(Totp.matchingStep(secret, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
	}

	@Test
	void makesNewSecretsOf160BitsThatDiffer() {
		String one = Totp.newSecret();
		assertThat(Base32.decode(one)).hasSize(20);
		assertThat(one).isNotEqualTo(Totp.newSecret());
	}

	@Test
	void drawsTheEnrolmentUriAsAQrCode() {
		Enrolment enrolment = Enrolment.of("j.doe", "JBSWY3DPEHPK3PXP");
		assertThat(enrolment.uri()).isEqualTo(
				"otpauth://totp/Dastan%3Aj.doe?secret=JBSWY3DPEHPK3PXP&issuer=Dastan&algorithm=SHA1&digits=6&period=30");
		assertThat(enrolment.qrCode().size()).isGreaterThan(21);
		assertThat(enrolment.qrCode().path()).startsWith("M").doesNotContain("<", "\"");
		assertThat(enrolment.qrCode().path().replaceAll("M\\d+ \\d+h1v1h-1z", "")).isEmpty();
		assertThat(enrolment.groupedSecret()).isEqualTo("JBSW Y3DP EHPK 3PXP");
	}

	@Test
	void hashesRecoveryCodesWhateverTheirCaseAndDashes() {
		assertThat(RecoveryCodes.generate()).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch((c) -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		assertThat(RecoveryCodes.hash("ABCDE-fghij")).isEqualTo(RecoveryCodes.hash("abcde fghij"))
			.isNotEqualTo(RecoveryCodes.hash("abcde-fghik"));
	}

}
