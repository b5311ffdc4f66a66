package org.dastan.admin.wordpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import org.dastan.core.wxr.WordPressImport;
import org.dastan.core.wxr.WxrOptions;
import org.dastan.core.wxr.WxrProgress;

/**
 * The imports started from the admin, run one at a time on a thread of their own, and
 * kept in this node's memory until it restarts, so that their pages can show how far they
 * are and then their reports.
 */
@Component
class ImportJobs {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	/** An import started from the admin. */
	record Job(String id, String fileName, String site, Instant startedAt, WxrProgress progress) {

	}

	private final WordPressImport wordPress;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "wordpress-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(WordPressImport wordPress) {
		this.wordPress = wordPress;
	}

	/** Starts importing the file, which is deleted afterwards; returns the job's id. */
	String start(Path file, String fileName, WxrOptions options) {
		Job job = new Job(UUID.randomUUID().toString(), fileName, options.site().toString(), Instant.now(),
				new WxrProgress());
		this.jobs.put(job.id(), job);
		this.executor.execute(() -> {
			try {
				this.wordPress.run(file, options, job.progress());
			}
			catch (RuntimeException ex) {
				// The progress holds the failure for the page; the import logged it.
			}
			finally {
				delete(file);
			}
		});
		return job.id();
	}

	Optional<Job> find(String id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the uploaded export {}", file, ex);
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
