package org.dastan.admin.user;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;

class FirstAdminTest {

	@Nested
	@SpringBootTest(properties = "dastan.admin.password=first admin test passphrase")
	@ActiveProfiles("test")
	class WithPasswordFromEnvironment {

		@Autowired
		private UserAccountRepository users;

		@Autowired
		private PasswordEncoder encoder;

		@Autowired
		private FirstAdmin firstAdmin;

		@Test
		void createsTheAdminWithThatPassword() {
			UserAccount admin = this.users.findByUsername("admin").orElseThrow();
			assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
			assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("first admin");
			assertThat(this.encoder.matches("first admin test passphrase", admin.getPasswordHash())).isTrue();
		}

		@Test
		void createsNoSecondAdminOnTheNextStart() {
			this.firstAdmin.run(new DefaultApplicationArguments());
			assertThat(this.users.count()).isEqualTo(1);
		}

		@Test
		void carriesOnWhenAnotherNodeStartingAtOnceCreatedTheAdminFirst() {
			String hash = this.users.findByUsername("admin").orElseThrow().getPasswordHash();

			this.firstAdmin.create();

			assertThat(this.users.count()).isEqualTo(1);
			assertThat(this.users.findByUsername("admin").orElseThrow().getPasswordHash()).isEqualTo(hash);
		}

	}

	@Nested
	@SpringBootTest
	@ActiveProfiles("test")
	@ExtendWith(OutputCaptureExtension.class)
	class WithoutPassword {

		@Autowired
		private UserAccountRepository users;

		@Autowired
		private PasswordEncoder encoder;

		@Test
		void generatesARandomPasswordAndPrintsItOnce(CapturedOutput output) {
			String log = output.getAll();
			int at = log.indexOf("password: ");
			assertThat(at).as("the generated password is in the log").isPositive();
			String password = log.substring(at + "password: ".length()).lines().findFirst().orElseThrow().trim();
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			assertThat(log.indexOf(password, at + 20)).as("printed only once").isEqualTo(-1);
			UserAccount admin = this.users.findByUsername("admin").orElseThrow();
			assertThat(this.encoder.matches(password, admin.getPasswordHash())).isTrue();
		}

	}

}
