package org.dastan.admin.twofactor;

import java.util.List;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.dastan.admin.security.MovableClock;
import org.dastan.admin.security.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What a user does with an authenticator app, the codes computed from the secret the
 * enrolment page showed.
 */
final class TwoFactorSteps {

	private final MockMvcTester mvc;

	private final MovableClock clock;

	TwoFactorSteps(MockMvcTester mvc, MovableClock clock) {
		this.mvc = mvc;
		this.clock = clock;
	}

	record Enrolled(String secret, List<String> recoveryCodes) {

	}

	/** Opens the enrolment page and confirms with the app's current code. */
	@SuppressWarnings("unchecked")
	Enrolled enrol(SessionCookie session) {
		String secret = openEnrolment(session);
		MvcTestResult confirmed = post("/admin/account/two-factor", session, currentCode(secret));
		assertThat(confirmed).hasStatusOk().bodyText().contains("Your recovery codes");
		List<String> codes = (List<String>) confirmed.getMvcResult().getModelAndView().getModel().get("recoveryCodes");
		assertThat(codes).hasSize(10);
		assertThat(confirmed).bodyText().contains(codes.get(0), codes.get(9));
		return new Enrolled(secret, codes);
	}

	/**
	 * Opens the enrolment page and returns the secret it shows, as text and as a QR code,
	 * the one kept in the session for the confirmation.
	 */
	String openEnrolment(SessionCookie session) {
		MvcTestResult page = session.follow(this.mvc.get().uri("/admin/account/two-factor").with(session).exchange());
		assertThat(page).hasStatusOk();
		String secret = ((Enrolment) page.getMvcResult().getModelAndView().getModel().get("enrolment")).secret();
		assertThat(page).bodyText().contains("<svg", "<path", Enrolment.of("x", secret).groupedSecret());
		return secret;
	}

	String currentCode(String secret) {
		return Totp.code(secret, Totp.stepAt(this.clock.instant()));
	}

	/** A six-digit code that is none of those accepted now. */
	String wrongCode(String secret) {
		long step = Totp.stepAt(this.clock.instant());
		List<String> valid = List.of(Totp.code(secret, step - 1), Totp.code(secret, step), Totp.code(secret, step + 1));
		for (int n = 0;; n++) {
			String code = String.format("%06d", n);
			if (!valid.contains(code)) {
				return code;
			}
		}
	}

	/** Posts a code, following a new session cookie as a browser would. */
	MvcTestResult post(String path, SessionCookie session, String code) {
		return session.follow(this.mvc.post().uri(path).with(session).param("code", code).with(csrf()).exchange());
	}

	MvcTestResult giveCode(SessionCookie session, String code) {
		return post("/admin/login/code", session, code);
	}

}
