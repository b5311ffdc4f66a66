package org.dastan.core.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTextTest {

	@Test
	void escapesLineBreaksAndControlCharactersSoNothingPassesForAnotherEntry() {
		assertThat(AuditText.visible("mallory\r\n2026-01-01 SIGN_IN admin"))
			.isEqualTo("mallory\\r\\n2026-01-01 SIGN_IN admin");
		assertThat(AuditText.visible("a\tb\u001b[31mc\u0000d\u2028e")).isEqualTo("a\\tb\\u001b[31mc\\u0000d\\u2028e");
		assertThat(AuditText.visible("back\\nslash")).isEqualTo("back\\\\nslash");
		assertThat(AuditText.visible("Дастан ✓")).isEqualTo("Дастан ✓");
		assertThat(AuditText.visible(null)).isEmpty();
	}

}
