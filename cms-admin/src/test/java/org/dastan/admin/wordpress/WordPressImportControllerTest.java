package org.dastan.admin.wordpress;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The WordPress import page: for admins alone, its rules next to their fields, unknown
 * imports not found, and the export for leaving downloaded whole.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WordPressImportControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void isForAdminsAlone() {
		assertThat(this.mvc.get().uri("/admin/import").with(user("editor").roles("EDITOR", "AUTHOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/import/export").with(user("editor").roles("EDITOR", "AUTHOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/import").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("WordPress export file", "Old site&#39;s address",
					"Create a staff account for each WordPress author");
	}

	@Test
	void showsAMissingFileAndABadAddressNextToTheirFields() {
		assertThat(this.mvc.post()
			.uri("/admin/import")
			.multipart()
			.param("site", "ftp://old.example")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Choose the WordPress export file.",
					"Give the old site&#39;s address, starting with http:// or https://.");
		assertThat(this.mvc.post()
			.uri("/admin/import")
			.multipart()
			.file(new MockMultipartFile("file", "export.xml", "text/xml", "<rss/>".getBytes(StandardCharsets.UTF_8)))
			.param("site", "")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatusOk().bodyText().doesNotContain("Choose the WordPress export file.");
	}

	@Test
	void startsTheImportAndSendsTheAdminToItsPage() {
		assertThat(this.mvc.post()
			.uri("/admin/import")
			.multipart()
			.file(new MockMultipartFile("file", "export.xml", "text/xml",
					"<rss version=\"2.0\"><channel></channel></rss>".getBytes(StandardCharsets.UTF_8)))
			.param("site", "https://old.example")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/admin/import/");
		assertThat(this.mvc.get().uri("/admin/import/no-such-import").with(user("admin").roles("ADMIN")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void downloadsTheNewsroomAsAWordPressExport() {
		assertThat(this.mvc.get().uri("/admin/import/export").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"wordpress.xml\"")
			.bodyText()
			.contains("<wp:wxr_version>1.2</wp:wxr_version>", "xmlns:wp=\"http://wordpress.org/export/1.2/\"");
	}

}
