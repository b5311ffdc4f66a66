package org.dastan.core.rate.importing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;

import org.springframework.stereotype.Service;

/**
 * Runs the import of every source under one database lock, so that across all nodes only
 * one import runs at a time, whether the schedule or an editor started it.
 */
@Service
public class RateImportJob {

	static final String LOCK = "rate-import";

	// A node that dies mid-import frees the lock after this long.
	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

	// Nodes whose clocks differ by a few seconds must not run the same scheduled import
	// one after the other.
	private static final Duration LOCK_AT_LEAST = Duration.ofSeconds(15);

	private final LockingTaskExecutor executor;

	private final RateImporter importer;

	RateImportJob(LockingTaskExecutor executor, RateImporter importer) {
		this.executor = executor;
		this.importer = importer;
	}

	/**
	 * Imports from every enabled source unless another import holds the lock.
	 * @param startedBy the editor who asked, or {@code null} for the schedule
	 * @return each source's log entry, or empty when another import is running or ran
	 * moments ago
	 */
	public Optional<List<RateImport>> runOnce(String startedBy) {
		LockConfiguration lock = new LockConfiguration(ClockProvider.now(), LOCK, LOCK_AT_MOST, LOCK_AT_LEAST);
		TaskResult<List<RateImport>> result;
		try {
			result = this.executor.executeWithLock(() -> this.importer.importAll(startedBy), lock);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("The rate import failed", ex);
		}
		return result.wasExecuted() ? Optional.of(result.getResult()) : Optional.empty();
	}

}
