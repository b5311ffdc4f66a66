package org.dastan.admin.rate;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import org.dastan.core.rate.ImportRun;
import org.dastan.core.rate.RateImports;

/**
 * Runs "import now" off the editor's request: a slow bank must not hold the page, and the
 * import log shows the run while it goes and its result when it ends. One run at a time
 * from this node; the job's database lock keeps out runs from other nodes and the
 * schedule.
 */
@Component
class ImportsInBackground {

	private static final Logger logger = LoggerFactory.getLogger(ImportsInBackground.class);

	/** How the last run started here ended: its log entries, or busy elsewhere. */
	record Outcome(Optional<List<Long>> runs) {

		boolean busy() {
			return this.runs.isEmpty();
		}

	}

	private final RateImports imports;

	private final TaskExecutor executor;

	private final AtomicReference<CompletableFuture<Outcome>> last = new AtomicReference<>();

	ImportsInBackground(RateImports imports, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.imports = imports;
		this.executor = executor;
	}

	/** Starts an import unless one started here is still running. */
	boolean start(String editor) {
		CompletableFuture<Outcome> previous = this.last.get();
		CompletableFuture<Outcome> next = new CompletableFuture<>();
		if ((previous != null && !previous.isDone()) || !this.last.compareAndSet(previous, next)) {
			return false;
		}
		this.executor.execute(() -> {
			try {
				next.complete(new Outcome(
						this.imports.runOnce(editor).map((runs) -> runs.stream().map(ImportRun::id).toList())));
			}
			catch (RuntimeException | Error ex) {
				logger.warn("The rate import that {} started failed", editor, ex);
				next.completeExceptionally(ex);
			}
		});
		return true;
	}

	boolean running() {
		CompletableFuture<Outcome> current = this.last.get();
		return current != null && !current.isDone();
	}

	/** How the last run started here ended, once it has. */
	Optional<Outcome> lastOutcome() {
		CompletableFuture<Outcome> current = this.last.get();
		return (current != null && current.isDone() && !current.isCompletedExceptionally())
				? Optional.of(current.join()) : Optional.empty();
	}

}
