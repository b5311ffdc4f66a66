package org.dastan.admin.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The backup page is for admins alone, says what the archive holds and how to keep it,
 * and downloads a whole archive.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BackupControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void isForAdminsAlone() {
		for (String role : List.of("EDITOR", "AUTHOR")) {
			assertThat(this.mvc.get().uri("/admin/backup").with(user("staff").roles(role)))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post().uri("/admin/backup").with(user("staff").roles(role)).with(csrf()))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri("/admin").with(user("staff").roles(role))).bodyText()
				.doesNotContain("href=\"/admin/backup\"");
		}
		assertThat(this.mvc.get().uri("/admin").with(user("admin").roles("ADMIN"))).bodyText()
			.contains("href=\"/admin/backup\"");
	}

	@Test
	void saysWhatTheArchiveHoldsAndHowToRestoreIt() {
		assertThat(this.mvc.get().uri("/admin/backup").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("Take a backup", "password hash and two-factor secret", "--dastan.backup.restore=");
	}

	@Test
	void downloadsTheWholeSiteAsOneArchive() throws IOException {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/backup")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/zip");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"dastan-backup-\\d{8}-\\d{6}\\.zip\"");
		List<String> entries = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).contains("tables/articles.jsonl", "tables/user_accounts.jsonl", "manifest.json")
			.last()
			.isEqualTo("manifest.json");
	}

	@Test
	void refusesADownloadWithoutTheFormsToken() {
		assertThat(this.mvc.post().uri("/admin/backup").with(user("admin").roles("ADMIN")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
