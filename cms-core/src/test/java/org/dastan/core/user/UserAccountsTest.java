package org.dastan.core.user;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.user.internal.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of keeping staff accounts through the module's API, against the real
 * database.
 */
@SpringBootTest
class UserAccountsTest {

	private static final String CHOSEN = "nine blue umbrellas sing";

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private UserAccountRepository stored;

	@Autowired
	private PasswordEncoder encoder;

	@BeforeEach
	@AfterEach
	void deleteEverything() {
		this.stored.deleteAll();
	}

	@Test
	void createsAnAccountWithAOneTimePasswordShownOnce() {
		IssuedPassword issued = this.accounts
			.create(new CreateAccount(" zarina ", " Zarina Editor ", " zarina@example.com ", Set.of(Role.EDITOR)));

		AccountView zarina = this.accounts.find(issued.userId()).orElseThrow();
		assertThat(zarina)
			.extracting(AccountView::username, AccountView::displayName, AccountView::email, AccountView::roles,
					AccountView::enabled, AccountView::mustChangePassword)
			.containsExactly("zarina", "Zarina Editor", "zarina@example.com", Set.of(Role.EDITOR), true, true);
		assertThat(issued.password()).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
		assertThat(this.encoder.matches(issued.password(),
				this.stored.findByUsername("zarina").orElseThrow().getPasswordHash()))
			.isTrue();
		assertThat(this.accounts.mustChangePassword("zarina")).isTrue();
	}

	@Test
	void createsAnAccountWithAChosenPasswordOnlyWhenItMeetsThePolicy() {
		CreateAccount admin = new CreateAccount("admin", "Administrator", null, Set.of(Role.ADMIN));

		assertRejected(() -> this.accounts.createWithPassword(admin, "password1234"), "rule.password.common");
		assertThat(this.accounts.count()).isZero();

		long id = this.accounts.createWithPassword(admin, CHOSEN);
		assertThat(this.accounts.find("admin")).get().extracting(AccountView::id).isEqualTo(id);
		assertThat(this.accounts.mustChangePassword("admin")).isFalse();
	}

	@Test
	void refusesATakenUsernameOrEmail() {
		this.accounts.create(new CreateAccount("zarina", "Zarina", "zarina@example.com", Set.of(Role.EDITOR)));

		assertRejected(() -> this.accounts.create(new CreateAccount("zarina", "Other", null, Set.of(Role.AUTHOR))),
				"rule.user.username-taken");
		assertRejected(
				() -> this.accounts
					.create(new CreateAccount("other", "Other", "ZARINA@example.com", Set.of(Role.AUTHOR))),
				"rule.user.email-taken");
	}

	@Test
	void editsNameEmailAndRolesUnlessSomeoneSavedFirst() {
		long id = create("zarina", Role.EDITOR);
		long opened = this.accounts.find(id).orElseThrow().version();

		this.accounts.edit(new EditAccount(id, opened, "Zarina K.", "", Set.of(Role.AUTHOR)));

		assertThat(this.accounts.find(id)).get()
			.extracting(AccountView::displayName, AccountView::email, AccountView::roles)
			.containsExactly("Zarina K.", null, Set.of(Role.AUTHOR));
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.accounts.edit(new EditAccount(id, opened, "Zarina", null, Set.of(Role.EDITOR))));
	}

	@Test
	void alwaysKeepsOneEnabledAdmin() {
		long first = create("first", Role.ADMIN);
		long second = create("second", Role.ADMIN);
		this.accounts.disable(second);

		assertRejected(() -> this.accounts.disable(first), "rule.user.last-admin");
		assertRejected(() -> this.accounts.delete(first), "rule.user.last-admin");
		long opened = this.accounts.find(first).orElseThrow().version();
		assertRejected(() -> this.accounts.edit(new EditAccount(first, opened, "first", null, Set.of(Role.EDITOR))),
				"rule.user.last-admin");

		assertThat(this.accounts.enable(second).enabled()).isTrue();
		assertThat(this.accounts.disable(first).enabled()).isFalse();
		assertThat(this.accounts.delete(first)).isEqualTo("first");
		assertThat(this.accounts.find(first)).isEmpty();
	}

	@Test
	void resetsToANewOneTimePassword() {
		long id = create("zarina", Role.EDITOR);
		IssuedPassword reset = this.accounts.resetPassword(id);

		assertThat(this.encoder.matches(reset.password(), this.stored.findById(id).orElseThrow().getPasswordHash()))
			.isTrue();
		assertThat(this.accounts.mustChangePassword("zarina")).isTrue();
	}

	@Test
	void changesTheOwnPasswordGivenTheCurrentOne() {
		IssuedPassword issued = this.accounts.create(new CreateAccount("zarina", "Zarina", null, Set.of(Role.EDITOR)));

		assertRejected(() -> this.accounts.changePassword(new ChangePassword("zarina", "wrong password", CHOSEN)),
				"rule.password.current-wrong");
		assertRejected(
				() -> this.accounts.changePassword(new ChangePassword("zarina", issued.password(), issued.password())),
				"rule.password.unchanged");
		assertRejected(
				() -> this.accounts.changePassword(new ChangePassword("zarina", issued.password(), "password1234")),
				"rule.password.common");

		this.accounts.changePassword(new ChangePassword("zarina", issued.password(), CHOSEN));

		assertThat(this.encoder.matches(CHOSEN, this.stored.findByUsername("zarina").orElseThrow().getPasswordHash()))
			.isTrue();
		assertThat(this.accounts.mustChangePassword("zarina")).isFalse();
	}

	@Test
	void searchesUsernameDisplayNameAndEmail() {
		this.accounts.create(new CreateAccount("zarina", "Zarina Editor", "z@example.com", Set.of(Role.EDITOR)));
		this.accounts.create(new CreateAccount("timur", "Timur", "desk@dastan.example", Set.of(Role.AUTHOR)));

		PageRequest page = PageRequest.of(0, 10, Sort.by("username"));
		assertThat(this.accounts.search(" EDITOR ", page)).extracting(AccountView::username).containsExactly("zarina");
		assertThat(this.accounts.search("dastan", page)).extracting(AccountView::username).containsExactly("timur");
		assertThat(this.accounts.search(null, page)).extracting(AccountView::username)
			.containsExactly("timur", "zarina");
		assertThat(this.accounts.list()).extracting(AccountView::username).containsExactly("timur", "zarina");
	}

	private long create(String username, Role role) {
		return this.accounts.create(new CreateAccount(username, username, null, Set.of(role))).userId();
	}

	private static void assertRejected(Runnable action, String code) {
		assertThatExceptionOfType(RejectedEditException.class).isThrownBy(action::run)
			.matches((ex) -> ex.code().equals(code), code);
	}

}
