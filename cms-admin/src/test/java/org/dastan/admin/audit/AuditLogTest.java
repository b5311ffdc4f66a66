package org.dastan.admin.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.admin.security.SessionCookie;
import org.dastan.admin.security.StaffLogins;
import org.dastan.core.audit.AuditEntryView;
import org.dastan.core.audit.AuditFilter;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;
import org.dastan.core.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dastan.admin.security.StaffLogins.PASSWORD;
import static org.dastan.admin.security.StaffLogins.from;
import static org.dastan.admin.security.StaffLogins.session;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(StaffLogins.class)
class AuditLogTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AuditLog audit;

	@Autowired
	private StaffLogins logins;

	private String admin;

	private SessionCookie adminSession;

	@BeforeEach
	void setUp() {
		this.admin = "chief-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.create(this.admin, Role.ADMIN);
		this.adminSession = session(this.logins.login(this.admin, PASSWORD, "10.20.0.1"));
	}

	@Test
	void recordsSignInFailureAndSignOutWithTheAddress() {
		String editor = "copy-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.create(editor, Role.EDITOR);
		this.logins.login(editor, "not the password", "10.20.0.2");
		SessionCookie session = session(this.logins.login(editor, PASSWORD, "10.20.0.3"));
		assertThat(this.mvc.post().uri("/admin/logout").with(session).with(csrf()).with(from("10.20.0.4")))
			.hasRedirectedUrl("/admin/login?logout");

		List<AuditEntryView> entries = entries(editor);
		assertThat(entries).extracting(AuditEntryView::kind)
			.containsExactly(AuditKind.SIGN_OUT, AuditKind.SIGN_IN, AuditKind.SIGN_IN_FAILED);
		assertThat(entries).extracting(AuditEntryView::address).containsExactly("10.20.0.4", "10.20.0.3", "10.20.0.2");
	}

	@Test
	void recordsEveryChangeWithItsRouteTargetAndOutcome() {
		String name = "Audited " + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/admin/tags")
			.with(this.adminSession)
			.param("name", name)
			.param("kind", "TOPIC")
			.with(csrf())
			.with(from("10.20.0.5"))).hasRedirectedUrl("/admin/tags");
		assertThat(this.mvc.post().uri("/admin/tags/999999/delete").with(this.adminSession).with(csrf()))
			.hasStatus4xxClientError();

		List<AuditEntryView> changes = this.audit
			.find(new AuditFilter(this.admin, AuditKind.CHANGE, null, null, null, null), 0, 10)
			.getContent();
		assertThat(changes).hasSize(2);
		AuditEntryView delete = changes.get(0);
		assertThat(delete.action()).isEqualTo("tags.delete");
		assertThat(delete.request()).isEqualTo("POST /admin/tags/999999/delete");
		assertThat(delete.target()).isEqualTo("id=999999");
		assertThat(delete.outcome()).isEqualTo("404");
		AuditEntryView create = changes.get(1);
		assertThat(create.action()).isEqualTo("tags.create");
		assertThat(create.address()).isEqualTo("10.20.0.5");
		assertThat(create.outcome()).isEqualTo("302 -> /admin/tags");
	}

	@Test
	void showsAForgedUsernameOnOneLineWithItsLineBreakEscaped() throws Exception {
		String forged = "mallory-" + UUID.randomUUID().toString().substring(0, 6)
				+ "\r\n2026-01-01 10:00:00 SIGN_IN admin <b>x</b>";
		this.logins.login(forged, "guess", "10.20.0.6");
		assertThat(entries(forged)).extracting(AuditEntryView::actor).containsExactly(forged);

		String page = this.mvc.get()
			.uri("/admin/audit")
			.param("kind", "SIGN_IN_FAILED")
			.param("address", "10.20.0.6")
			.with(this.adminSession)
			.exchange()
			.getResponse()
			.getContentAsString();
		String shown = forged.substring(0, 14) + "\\r\\n2026-01-01 10:00:00 SIGN_IN admin &lt;b&gt;x&lt;/b&gt;";
		assertThat(page).contains(shown).doesNotContain(forged.substring(0, 14) + "\r").doesNotContain("<b>x</b>");
	}

	@Test
	void filtersByUserKindAddressAndDaysNewestFirst() throws Exception {
		String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
		this.logins.create(other, Role.AUTHOR);
		this.logins.login(other, PASSWORD, "10.20.0.7");
		this.logins.login(other, "wrong", "10.20.0.7");

		assertThat(this.mvc.get().uri("/admin/audit").param("user", other).with(this.adminSession)).hasStatusOk()
			.bodyText()
			.contains(other)
			.doesNotContain(this.admin + "</td>");
		String both = this.mvc.get()
			.uri("/admin/audit")
			.param("address", "10.20.0.7")
			.with(this.adminSession)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(both.indexOf("Failed sign-in</td>")).isLessThan(both.lastIndexOf("Sign-in</td>"));
		assertThat(this.mvc.get()
			.uri("/admin/audit")
			.param("user", other)
			.param("kind", "SIGN_IN")
			.param("from", LocalDate.now().minusDays(1).toString())
			.param("to", LocalDate.now().plusDays(1).toString())
			.with(this.adminSession)).bodyText().contains("Sign-in</td>").doesNotContain("Failed sign-in</td>");
		assertThat(this.mvc.get()
			.uri("/admin/audit")
			.param("user", other)
			.param("from", LocalDate.now().plusDays(2).toString())
			.with(this.adminSession)).bodyText().contains("Nothing recorded matches");
		assertThat(this.mvc.get().uri("/admin/audit").param("from", "yesterday").with(this.adminSession)).hasStatusOk()
			.bodyText()
			.contains("Enter a date as YYYY-MM-DD.");
	}

	private List<AuditEntryView> entries(String actor) {
		return this.audit.find(new AuditFilter(actor, null, null, null, null, null), 0, 100).getContent();
	}

}
