package org.dastan.admin.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;

import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.IssuedPassword;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of keeping staff accounts, against the real database and session store.
 */
@SpringBootTest(properties = "dastan.admin.password=" + StaffAccountsTest.PASSWORD)
@ActiveProfiles("test")
class StaffAccountsTest {

	static final String PASSWORD = "staff accounts test password";

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	private long admin;

	@BeforeEach
	void firstAdmin() {
		this.admin = this.users.findByUsername("admin").orElseThrow().getId();
	}

	@AfterEach
	void keepOnlyTheFirstAdmin() {
		this.authors.deleteAll();
		this.users.findAll().stream().filter((user) -> !user.getUsername().equals("admin")).forEach(this.users::delete);
		UserAccount first = this.users.findById(this.admin).orElseThrow();
		first.enable();
		first.setRoles(Set.of(Role.ADMIN));
		this.users.save(first);
	}

	@Test
	void refusesToDisableDemoteOrDeleteTheLastEnabledAdmin() {
		assertLastAdmin(() -> this.accounts.disable(this.admin));
		assertLastAdmin(() -> this.accounts.delete(this.admin));
		assertLastAdmin(() -> this.accounts.update(this.admin, version(this.admin),
				new UserDraft("admin", "Administrator", null, Set.of(Role.EDITOR), null), null));
		UserAccount admin = this.users.findById(this.admin).orElseThrow();
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
	}

	@Test
	void aDisabledAdminDoesNotCountAsTheOtherAdmin() {
		long second = this.accounts.create(draft("aigerim", Role.ADMIN)).userId();
		this.accounts.disable(second);

		assertLastAdmin(() -> this.accounts.disable(this.admin));

		this.accounts.enable(second);
		this.accounts.disable(this.admin);
		assertThat(this.users.findById(this.admin).orElseThrow().isEnabled()).isFalse();
		assertLastAdmin(() -> this.accounts.delete(second));
	}

	@Test
	void createsTheAccountWithAOneTimePasswordThatMeetsThePolicy() {
		IssuedPassword issued = this.accounts.create(draft("zarina", Role.EDITOR));

		UserAccount zarina = this.users.findByUsername("zarina").orElseThrow();
		assertThat(zarina.isMustChangePassword()).isTrue();
		assertThat(zarina.getRoles()).containsExactly(Role.EDITOR);
		assertThat(zarina.getPasswordHash()).doesNotContain(issued.password());
		assertThat(this.encoder.matches(issued.password(), zarina.getPasswordHash())).isTrue();
		assertThat(issued.password()).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void refusesATakenUsernameOrEmail() {
		this.accounts.create(new UserDraft("zarina", "Zarina", "zarina@example.com", Set.of(Role.EDITOR), null));

		assertRejected(() -> this.accounts.create(draft("zarina", Role.AUTHOR)), "rule.user.username-taken");
		assertRejected(
				() -> this.accounts
					.create(new UserDraft("other", "Other", "ZARINA@example.com", Set.of(Role.AUTHOR), null)),
				"rule.user.email-taken");
	}

	@Test
	void deletingAUserKeepsTheirBylineUnlinked() {
		Author byline = this.authors.save(new Author("zarina-k", "Zarina K."));
		long zarina = this.accounts.create(new UserDraft("zarina", "Zarina", null, Set.of(Role.AUTHOR), byline.getId()))
			.userId();
		assertThat(this.accounts.authorOf(zarina)).contains(byline.getId());

		this.accounts.delete(zarina);

		assertThat(this.users.findById(zarina)).isEmpty();
		assertThat(this.authors.findById(byline.getId())).get().extracting(Author::getUserId).isNull();
	}

	@Test
	void disablingOrResettingEndsTheUsersSessionsAtOnce() {
		long zarina = this.accounts.create(draft("zarina", Role.EDITOR)).userId();
		session("zarina");
		session("zarina");
		Session adminSession = session("admin");

		this.accounts.disable(zarina);
		assertThat(this.sessions.findByPrincipalName("zarina")).isEmpty();
		assertThat(this.sessions.findById(adminSession.getId())).isNotNull();

		this.accounts.enable(zarina);
		session("zarina");
		IssuedPassword reset = this.accounts.resetPassword(zarina);
		assertThat(this.sessions.findByPrincipalName("zarina")).isEmpty();
		assertThat(this.users.findById(zarina).orElseThrow().isMustChangePassword()).isTrue();
		assertThat(this.encoder.matches(reset.password(), this.users.findById(zarina).orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void changingOwnPasswordNeedsTheCurrentOneAndEndsOtherSessions() {
		IssuedPassword issued = this.accounts.create(draft("zarina", Role.EDITOR));
		Session here = session("zarina");
		Session elsewhere = session("zarina");

		assertRejected(() -> this.accounts.changeOwnPassword("zarina", "wrong password", "nine blue umbrellas sing",
				here.getId()), "rule.password.current-wrong");
		assertRejected(() -> this.accounts.changeOwnPassword("zarina", issued.password(), "password1234", here.getId()),
				"rule.password.common");
		assertThat(this.sessions.findByPrincipalName("zarina")).hasSize(2);

		this.accounts.changeOwnPassword("zarina", issued.password(), "nine blue umbrellas sing", here.getId());

		UserAccount zarina = this.users.findByUsername("zarina").orElseThrow();
		assertThat(this.encoder.matches("nine blue umbrellas sing", zarina.getPasswordHash())).isTrue();
		assertThat(zarina.isMustChangePassword()).isFalse();
		assertThat(this.sessions.findByPrincipalName("zarina")).containsOnlyKeys(here.getId());
		assertThat(this.sessions.findById(elsewhere.getId())).isNull();
	}

	@Test
	void unlockClearsTheLockout() {
		long zarina = this.accounts.create(draft("zarina", Role.EDITOR)).userId();
		UserAccount locked = this.users.findById(zarina).orElseThrow();
		ReflectionTestUtils.setField(locked, "failedAttempts", 5);
		ReflectionTestUtils.setField(locked, "lockedUntil", Instant.now().plus(Duration.ofMinutes(15)));
		this.users.save(locked);
		assertThat(this.accounts.find(zarina)).get().extracting(AccountView::locked).isEqualTo(true);

		this.accounts.unlock(zarina);

		assertThat(this.accounts.find(zarina)).get().extracting(AccountView::locked).isEqualTo(false);
		assertThat(this.users.findById(zarina).orElseThrow().getFailedAttempts()).isZero();
	}

	private Session session(String username) {
		var session = this.sessions.createSession();
		Session plain = session;
		plain.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
		this.sessions.save(session);
		return plain;
	}

	private long version(long id) {
		return this.users.findById(id).orElseThrow().getVersion();
	}

	private static UserDraft draft(String username, Role role) {
		return new UserDraft(username, username, null, Set.of(role), null);
	}

	private static void assertLastAdmin(Runnable action) {
		assertRejected(action, "rule.user.last-admin");
	}

	private static void assertRejected(Runnable action, String code) {
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(action::run)
			.matches((ex) -> ex.code().equals(code), code);
	}

}
