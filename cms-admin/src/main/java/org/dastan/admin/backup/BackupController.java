package org.dastan.admin.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.dastan.core.backup.BackupManifest;
import org.dastan.core.backup.Backups;

/**
 * The backup page, and the backup itself, streamed to the admin's browser as it is
 * written. A form's POST, not a link, so that no prefetch or crawler of an admin's
 * session takes one, and the audit log records who did. Should the download break off,
 * the archive lacks its manifest, which is written last, and a restore refuses it.
 */
@Controller
@RequestMapping("/admin/backup")
class BackupController {

	private static final Logger logger = LoggerFactory.getLogger(BackupController.class);

	private final Backups backups;

	private final Clock clock;

	BackupController(Backups backups, Clock clock) {
		this.backups = backups;
		this.clock = clock;
	}

	@GetMapping
	String page() {
		return "admin/backup/page";
	}

	@PostMapping
	void download(HttpServletResponse response) throws IOException {
		long start = System.nanoTime();
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(Backups.fileName(this.clock.instant())).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		OutputStream out = response.getOutputStream();
		BackupManifest manifest = this.backups.write(out);
		out.flush();
		logger.info("Backup downloaded: {} tables, {} rows, {} media files in {} ms", manifest.tables().size(),
				manifest.rows(), manifest.media().size(), (System.nanoTime() - start) / 1_000_000);
	}

}
