package org.dastan.admin.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.core.audit.AuditEntryView;
import org.dastan.core.audit.AuditFilter;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dastan.admin.security.StaffLogins.PASSWORD;
import static org.dastan.admin.security.StaffLogins.from;
import static org.dastan.admin.security.StaffLogins.session;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MovableClock.Config.class, StaffLogins.class })
class LoginThrottlingTest {

	private static final String REFUSED = "/admin/login?error";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MovableClock clock;

	@Autowired
	private AuditLog audit;

	@Autowired
	private StaffLogins logins;

	/**
	 * Each test logs in from addresses of its own, so the address limit of one does not
	 * touch another.
	 */
	private String address;

	@BeforeEach
	void setUp() {
		this.address = "10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void locksAnAccountForFifteenMinutesAfterFiveFailuresWhileOthersKeepWorking() {
		String reporter = unique("reporter");
		String desk = unique("desk");
		this.logins.create(reporter, Role.AUTHOR);
		this.logins.create(desk, Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			assertThat(this.logins.login(reporter, "wrong password " + i, this.address)).hasRedirectedUrl(REFUSED);
		}
		assertThat(this.logins.login(reporter, PASSWORD, this.address)).hasRedirectedUrl(REFUSED);
		assertThat(this.logins.login(desk, PASSWORD, this.address)).hasRedirectedUrl("/admin");

		this.clock.move(Duration.ofMinutes(14));
		assertThat(this.logins.login(reporter, PASSWORD, this.address)).hasRedirectedUrl(REFUSED);
		this.clock.move(Duration.ofMinutes(1).plusSeconds(1));
		MvcTestResult unlocked = this.logins.login(reporter, PASSWORD, this.address);
		assertThat(unlocked).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin").with(session(unlocked))).hasStatusOk();

		assertThat(kinds(reporter)).containsSubsequence(AuditKind.SIGN_IN_FAILED, AuditKind.LOCKOUT, AuditKind.SIGN_IN);
	}

	@Test
	void countsFailedLoginsThatArriveAtTheSameTime() throws Exception {
		String target = unique("target");
		this.logins.create(target, Role.EDITOR);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<MvcTestResult>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String address = this.address + i;
				answers.add(pool.submit(() -> this.logins.login(target, "guess", address)));
			}
			for (Future<MvcTestResult> answer : answers) {
				assertThat(answer.get()).hasRedirectedUrl(REFUSED);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.logins.login(target, PASSWORD, this.address)).hasRedirectedUrl(REFUSED);
		assertThat(kinds(target)).contains(AuditKind.LOCKOUT);
	}

	@Test
	void refusesAnAddressForTheRestOfTheHourAfterFiftyFailures() {
		String editor = unique("editor");
		this.logins.create(editor, Role.EDITOR);
		for (int i = 0; i < AddressThrottle.MAX_FAILURES; i++) {
			assertThat(this.logins.login(unique("guess"), "password " + i, this.address)).hasRedirectedUrl(REFUSED);
		}
		assertThat(this.logins.login(editor, PASSWORD, this.address)).hasRedirectedUrl(REFUSED);
		assertThat(this.logins.login(editor, PASSWORD, "10.2.0.1")).hasRedirectedUrl("/admin");
		assertThat(kinds(editor)).contains(AuditKind.ADDRESS_THROTTLED);

		this.clock.move(Duration.ofHours(1));
		assertThat(this.logins.login(editor, PASSWORD, this.address)).hasRedirectedUrl("/admin");
	}

	@Test
	void answersAnUnknownUserAWrongPasswordAndALockedAccountAlike() throws Exception {
		String known = unique("known");
		this.logins.create(known, Role.AUTHOR);
		MvcTestResult unknown = this.logins.login(unique("nobody"), "some password", this.address);
		MvcTestResult wrong = this.logins.login(known, "some password", this.address);
		for (int i = 0; i < 4; i++) {
			this.logins.login(known, "some password", this.address);
		}
		MvcTestResult locked = this.logins.login(known, PASSWORD, this.address);
		for (MvcTestResult answer : List.of(unknown, wrong, locked)) {
			assertThat(answer).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(REFUSED);
			assertThat(answer.getResponse().getContentAsByteArray()).isEmpty();
		}
		String page = this.mvc.get()
			.uri(REFUSED)
			.with(from(this.address))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Wrong username or password, or too many failed attempts");
	}

	@Test
	void takesAboutAsLongForAnUnknownUserAsForAWrongPassword() {
		String known = unique("timed");
		this.logins.create(known, Role.AUTHOR);
		List<Long> unknown = new ArrayList<>();
		List<Long> wrong = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			// Each round from a fresh address, and the clock moved on so the account
			// never locks.
			this.clock.move(Duration.ofMinutes(16));
			unknown.add(timed(unique("nobody"), "10.3.0." + i));
			wrong.add(timed(known, "10.4.0." + i));
		}
		long unknownMedian = median(unknown);
		long wrongMedian = median(wrong);
		System.out.printf("Login time, median of 9: unknown user %d ms, wrong password %d ms%n",
				unknownMedian / 1_000_000, wrongMedian / 1_000_000);
		assertThat((double) unknownMedian / wrongMedian).isBetween(0.5, 2.0);
	}

	private long timed(String username, String address) {
		long start = System.nanoTime();
		assertThat(this.logins.login(username, "not the password", address)).hasRedirectedUrl(REFUSED);
		return System.nanoTime() - start;
	}

	private static long median(List<Long> times) {
		return times.stream().sorted().toList().get(times.size() / 2);
	}

	private List<AuditKind> kinds(String actor) {
		List<AuditKind> kinds = new ArrayList<>(
				this.audit.find(new AuditFilter(actor, null, null, null, null, null), 0, 100)
					.map(AuditEntryView::kind)
					.getContent());
		Collections.reverse(kinds);
		return kinds;
	}

}
