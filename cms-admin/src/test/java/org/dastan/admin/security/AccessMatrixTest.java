package org.dastan.admin.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccountRepository;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every admin route, as Spring MVC maps them, requested by an anonymous visitor, an
 * author, an editor and an admin, each with and without a CSRF token. Anonymous visitors
 * are sent to the login page, users below the route's role get 403, the others get past
 * security (any answer but 401 or 403), and every POST without a token is refused with
 * 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(StaffLogins.class)
class AccessMatrixTest {

	/** Who may use a route: anyone, or users whose roles reach this one. */
	enum Access {

		ANYONE, AUTHOR, EDITOR, ADMIN

	}

	/**
	 * The least role of each admin route, as "METHOD pattern" the way the controllers map
	 * it. A route missing here fails the test: classify every new route.
	 */
	private static final Map<String, Access> EXPECTED = Map.ofEntries(
			// Login, and its second step, which checks the login itself.
			entry("GET /admin/login", Access.ANYONE), entry("GET /admin/login/code", Access.ANYONE),
			entry("POST /admin/login/code", Access.ANYONE),
			// Every member of staff.
			entry("GET /admin", Access.AUTHOR), entry("GET /admin/account/two-factor", Access.AUTHOR),
			entry("POST /admin/account/two-factor", Access.AUTHOR),
			entry("POST /admin/account/two-factor/disable", Access.AUTHOR),
			// The desk: authors write, submit and delete their own drafts (the desk
			// checks whose); the one article form also publishes, which the desk
			// allows editors only.
			entry("GET /admin/articles", Access.AUTHOR), entry("GET /admin/articles/new", Access.AUTHOR),
			entry("POST /admin/articles", Access.AUTHOR), entry("GET /admin/articles/{id}", Access.AUTHOR),
			entry("POST /admin/articles/{id}", Access.AUTHOR), entry("GET /admin/articles/{id}/delete", Access.AUTHOR),
			entry("POST /admin/articles/{id}/delete", Access.AUTHOR),
			// Autosave: whoever may edit the article (the desk checks whose).
			entry("POST /admin/articles/new/autosave", Access.AUTHOR),
			entry("DELETE /admin/articles/new/autosave", Access.AUTHOR),
			entry("POST /admin/articles/{id}/autosave", Access.AUTHOR),
			entry("DELETE /admin/articles/{id}/autosave", Access.AUTHOR),
			entry("GET /admin/articles/{id}/preview", Access.AUTHOR),
			entry("GET /admin/articles/{id}/revisions", Access.AUTHOR),
			entry("GET /admin/articles/{id}/revisions/compare", Access.AUTHOR),
			entry("POST /admin/articles/{id}/revisions/{rev}/restore", Access.EDITOR),
			entry("POST /admin/articles/{id}/lead", Access.EDITOR),
			// Media: authors upload and pick images; editors edit and delete them.
			entry("GET /admin/media", Access.AUTHOR), entry("POST /admin/media", Access.AUTHOR),
			entry("GET /admin/media/picker", Access.AUTHOR), entry("POST /admin/media/inline", Access.AUTHOR),
			entry("GET /admin/media/{id}", Access.AUTHOR), entry("POST /admin/media/{id}/edit", Access.EDITOR),
			entry("POST /admin/media/{id}/delete", Access.EDITOR),
			// Authors (bylines) and tags: editors.
			entry("GET /admin/authors", Access.EDITOR), entry("GET /admin/authors/new", Access.EDITOR),
			entry("POST /admin/authors", Access.EDITOR), entry("GET /admin/authors/{id}", Access.EDITOR),
			entry("POST /admin/authors/{id}", Access.EDITOR),
			entry("POST /admin/authors/{id}/deactivate", Access.EDITOR),
			entry("POST /admin/authors/{id}/reactivate", Access.EDITOR),
			entry("POST /admin/authors/{id}/delete", Access.EDITOR), entry("GET /admin/tags", Access.EDITOR),
			entry("GET /admin/tags/new", Access.EDITOR), entry("POST /admin/tags", Access.EDITOR),
			entry("GET /admin/tags/{id}", Access.EDITOR), entry("POST /admin/tags/{id}", Access.EDITOR),
			entry("POST /admin/tags/{id}/delete", Access.EDITOR), entry("GET /admin/tags/{id}/merge", Access.EDITOR),
			entry("POST /admin/tags/{id}/merge", Access.EDITOR), entry("POST /admin/tags/{id}/move-up", Access.EDITOR),
			entry("POST /admin/tags/{id}/move-down", Access.EDITOR),
			// Static pages and the footer menu: editors.
			entry("GET /admin/pages", Access.EDITOR), entry("GET /admin/pages/new", Access.EDITOR),
			entry("POST /admin/pages", Access.EDITOR), entry("POST /admin/pages/order", Access.EDITOR),
			entry("GET /admin/pages/{id}", Access.EDITOR), entry("POST /admin/pages/{id}", Access.EDITOR),
			entry("POST /admin/pages/{id}/delete", Access.EDITOR),
			entry("POST /admin/pages/{id}/move-up", Access.EDITOR),
			entry("POST /admin/pages/{id}/move-down", Access.EDITOR),
			entry("GET /admin/pages/{id}/preview", Access.EDITOR),
			entry("GET /admin/pages/{id}/revisions", Access.EDITOR),
			entry("POST /admin/pages/{id}/revisions/{number}/restore", Access.EDITOR),
			// Every member of staff: their own account and sessions.
			entry("GET /admin/account", Access.AUTHOR), entry("GET /admin/account/password", Access.AUTHOR),
			entry("POST /admin/account/password", Access.AUTHOR),
			entry("POST /admin/account/sessions/end-others", Access.AUTHOR),
			entry("POST /admin/account/sessions/{id}/end", Access.AUTHOR),
			// Suggested links: whoever may edit the article (authors their own drafts,
			// checked
			// by the desk).
			entry("GET /admin/articles/lookup", Access.AUTHOR),
			entry("GET /admin/articles/{id}/suggested", Access.AUTHOR),
			entry("POST /admin/articles/{id}/suggested", Access.AUTHOR),
			entry("POST /admin/articles/{id}/suggested/order", Access.AUTHOR),
			entry("POST /admin/articles/{id}/suggested/{linkId}/delete", Access.AUTHOR),
			entry("POST /admin/articles/{id}/suggested/{linkId}/move-down", Access.AUTHOR),
			entry("POST /admin/articles/{id}/suggested/{linkId}/move-up", Access.AUTHOR),
			// Editors: currencies, rates and the import log, the sidebar.
			entry("GET /admin/currencies", Access.EDITOR), entry("POST /admin/currencies", Access.EDITOR),
			entry("POST /admin/currencies/{code}/hide", Access.EDITOR),
			entry("POST /admin/currencies/{code}/show", Access.EDITOR),
			entry("POST /admin/currencies/{code}/move-down", Access.EDITOR),
			entry("POST /admin/currencies/{code}/move-up", Access.EDITOR), entry("GET /admin/rates", Access.EDITOR),
			entry("GET /admin/rates/imports", Access.EDITOR), entry("POST /admin/rates/imports", Access.EDITOR),
			entry("GET /admin/rates/{code}", Access.EDITOR), entry("POST /admin/rates/{code}", Access.EDITOR),
			entry("GET /admin/sidebar", Access.EDITOR), entry("GET /admin/sidebar/new", Access.EDITOR),
			entry("POST /admin/sidebar", Access.EDITOR), entry("POST /admin/sidebar/order", Access.EDITOR),
			entry("GET /admin/sidebar/{id}", Access.EDITOR), entry("POST /admin/sidebar/{id}", Access.EDITOR),
			entry("GET /admin/sidebar/{id}/preview", Access.EDITOR),
			entry("POST /admin/sidebar/{id}/delete", Access.EDITOR),
			entry("POST /admin/sidebar/{id}/move-down", Access.EDITOR),
			entry("POST /admin/sidebar/{id}/move-up", Access.EDITOR),
			entry("POST /admin/sidebar/{id}/switch", Access.EDITOR),
			// Admins alone: users, the audit log, redirects, WordPress import and export,
			// backups.
			entry("GET /admin/backup", Access.ADMIN), entry("POST /admin/backup", Access.ADMIN),
			entry("GET /admin/import", Access.ADMIN), entry("POST /admin/import", Access.ADMIN),
			entry("GET /admin/import/export", Access.ADMIN), entry("GET /admin/import/{id}", Access.ADMIN),
			entry("GET /admin/import/{id}/progress", Access.ADMIN), entry("GET /admin/redirects", Access.ADMIN),
			entry("POST /admin/redirects", Access.ADMIN), entry("GET /admin/redirects/new", Access.ADMIN),
			entry("GET /admin/redirects/export", Access.ADMIN), entry("POST /admin/redirects/import", Access.ADMIN),
			entry("GET /admin/redirects/{id}", Access.ADMIN), entry("POST /admin/redirects/{id}", Access.ADMIN),
			entry("POST /admin/redirects/{id}/delete", Access.ADMIN), entry("GET /admin/users", Access.ADMIN),
			entry("GET /admin/users/new", Access.ADMIN), entry("POST /admin/users", Access.ADMIN),
			entry("GET /admin/users/{id}", Access.ADMIN), entry("POST /admin/users/{id}", Access.ADMIN),
			entry("POST /admin/users/{id}/delete", Access.ADMIN), entry("POST /admin/users/{id}/disable", Access.ADMIN),
			entry("POST /admin/users/{id}/enable", Access.ADMIN),
			entry("POST /admin/users/{id}/reset-password", Access.ADMIN),
			entry("POST /admin/users/{id}/unlock", Access.ADMIN), entry("GET /admin/audit", Access.ADMIN));

	/** Path variables get an id that exists nowhere, so no request changes anything. */
	private static final String ABSENT_ID = "999999";

	private record Who(String name, Role role) {

	}

	private static final List<Who> WHO = List.of(new Who("anonymous", null), new Who("matrix-author", Role.AUTHOR),
			new Who("matrix-editor", Role.EDITOR), new Who("matrix-admin", Role.ADMIN));

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private StaffLogins logins;

	@Test
	void everyAdminRouteAnswersEachRoleAsTheTableSays() throws Exception {
		TreeSet<String> routes = adminRoutes();
		assertThat(routes).as("admin routes found").isNotEmpty();
		assertThat(routes.stream().filter((route) -> !EXPECTED.containsKey(route)).toList())
			.as("Admin routes without an entry in AccessMatrixTest.EXPECTED: add each with the least role that may use it")
			.isEmpty();
		WHO.stream()
			.filter((who) -> who.role() != null && !this.users.existsByUsername(who.name()))
			.forEach((who) -> this.logins.create(who.name(), who.role()));

		List<String> wrong = new ArrayList<>();
		int requests = 0;
		for (String route : routes) {
			for (Who who : WHO) {
				for (boolean withToken : new boolean[] { true, false }) {
					MvcResult result = this.mvc.perform(requestOf(route, who, withToken)).andReturn();
					String problem = problem(route, EXPECTED.get(route), who, withToken, result);
					if (problem != null) {
						wrong.add(problem);
					}
					requests++;
				}
			}
		}
		System.out.printf("Access matrix: %d admin routes x %d users x with/without CSRF token = %d requests%n",
				routes.size(), WHO.size(), requests);
		assertThat(wrong).as("requests answered against the access table").isEmpty();
	}

	private TreeSet<String> adminRoutes() {
		TreeSet<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
					: info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/admin") || pattern.startsWith("/admin/")) {
					methods.forEach((method) -> routes.add(method + " " + pattern));
				}
			}
		}
		return routes;
	}

	private static MockHttpServletRequestBuilder requestOf(String route, Who who, boolean withToken) {
		String[] parts = route.split(" ", 2);
		String path = parts[1].replaceAll("\\{[^}]+}", ABSENT_ID).replace("**", "x");
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path);
		if (who.role() != null) {
			request.with(user(who.name()).roles(who.role().name()));
		}
		return withToken ? request.with(csrf()) : request;
	}

	/** What is wrong with an answer, or null when it is as the table says. */
	private static String problem(String route, Access access, Who who, boolean withToken, MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		boolean changing = !route.startsWith("GET ");
		String expected;
		boolean ok;
		if (changing && !withToken && who.role() == null && access != Access.ANYONE) {
			// A change sent from an ended session goes to the login page before the CSRF
			// check (EndedSessionFilter), so that the editor logs in again; nothing runs.
			expected = "302 to the login page (ended session)";
			ok = status == 302 && location != null && location.endsWith("/admin/login");
		}
		else if (changing && !withToken) {
			expected = "403 (no CSRF token)";
			ok = status == 403;
		}
		else if (access == Access.ANYONE) {
			expected = "anything but 401/403";
			ok = status != 401 && status != 403;
		}
		else if (who.role() == null) {
			expected = "302 to the login page";
			ok = status == 302 && location != null && location.endsWith("/admin/login");
		}
		else if (reaches(who.role(), access)) {
			expected = "anything but 401/403";
			ok = status != 401 && status != 403;
		}
		else {
			expected = "403";
			ok = status == 403;
		}
		return ok ? null : String.format("%s as %s %s token: expected %s, got %d%s", route, who.name(),
				withToken ? "with" : "without", expected, status, (location != null) ? " -> " + location : "");
	}

	private static boolean reaches(Role role, Access access) {
		return switch (access) {
			case ANYONE, AUTHOR -> true;
			case EDITOR -> role != Role.AUTHOR;
			case ADMIN -> role == Role.ADMIN;
		};
	}

}
