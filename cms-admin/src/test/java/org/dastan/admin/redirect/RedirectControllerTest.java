package org.dastan.admin.redirect;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.redirect.internal.RedirectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The admin's redirects page: its forms show each rule next to its field, a CSV import
 * reports every line and never fails on bad input, the export downloads them all.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RedirectControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private RedirectRepository stored;

	@AfterEach
	void deleteEverything() {
		this.stored.deleteAll();
	}

	@Test
	void addsARedirectAndShowsLoopsAndBadPathsNextToTheirFields() {
		assertThat(save("/index.php/news/1-old", "/articles/new", "301")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/redirects");
		assertThat(this.mvc.get().uri("/admin/redirects").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("/index.php/news/1-old", "/articles/new", "301: moved for good", "Never");

		assertThat(save("/articles/new", "/index.php/news/1-old", "302")).hasStatusOk()
			.bodyText()
			.contains("/index.php/news/1-old already leads back to /articles/new");
		assertThat(save("old-page", "javascript:alert(1)", "301")).hasStatusOk()
			.bodyText()
			.contains("Enter a path on this site that starts with a single /", "Enter a path on this site such as");
		assertThat(save("/index.php/news/1-old/", "/x", "301")).hasStatusOk()
			.bodyText()
			.contains("/index.php/news/1-old already has a redirect");
		assertThat(this.stored.count()).isEqualTo(1);
	}

	@Test
	void importsACsvReportingEachLineAndExportsThemAll() {
		String csv = "\uFEFFfrom,to,status\n/?p=1,/articles/one,301\nnot a path,/x,301\n/a,/b,999\n\"/q,1\",/c\n"
				+ "garbage\n\u0000\u0001,,,,\n";
		assertThat(this.mvc.post()
			.uri("/admin/redirects/import")
			.multipart()
			.file(new MockMultipartFile("file", "legacy.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("legacy.csv: 2 added, 0 updated, 0 unchanged, 4 refused.", "Choose 301 or 302.",
					"Give two or three columns: from,to,status.", "Enter a path on this site that starts");

		assertThat(this.mvc.post()
			.uri("/admin/redirects/import")
			.multipart()
			.file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatusOk().bodyText().contains("Choose a CSV file to import.");

		assertThat(this.mvc.get().uri("/admin/redirects/export").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"redirects.csv\"")
			.bodyText()
			.isEqualTo("from,to,status\r\n/?p=1,/articles/one,301\r\n\"/q,1\",/c,301\r\n");
	}

	@Test
	void isForAdminsAlone() {
		assertThat(this.mvc.get().uri("/admin/redirects").with(user("editor").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult save(String from, String to, String status) {
		return this.mvc.post()
			.uri("/admin/redirects")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("from", from)
			.param("to", to)
			.param("status", status)
			.exchange();
	}

}
