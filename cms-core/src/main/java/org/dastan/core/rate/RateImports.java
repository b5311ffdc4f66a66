package org.dastan.core.rate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.rate.importing.RateImport;
import org.dastan.core.rate.importing.RateImportJob;
import org.dastan.core.rate.importing.RateImportRepository;
import org.dastan.core.rate.importing.RateImporter;

/**
 * The banks' rates coming in: the import log, "import now" under the same lock as the
 * schedule, and rates that another source (the demo newsroom, the benchmark's data set)
 * brings, stored as an import stores them.
 */
@Service
public class RateImports {

	private final RateImportRepository imports;

	private final RateImportJob job;

	private final RateImporter importer;

	RateImports(RateImportRepository imports, RateImportJob job, RateImporter importer) {
		this.imports = imports;
		this.job = job;
		this.importer = importer;
	}

	/** The import log, newest run first. */
	@Transactional(readOnly = true)
	public Page<ImportRun> log(int page, int size) {
		return this.imports.findAllByOrderByStartedAtDescIdDesc(PageRequest.of(page, size)).map(RateImports::run);
	}

	/**
	 * Imports from every enabled bank unless another import, on any node, holds the lock.
	 * @param startedBy the editor who asked, or {@code null} for the schedule
	 * @return each source's log entry, or empty when another import is running or ran
	 * moments ago
	 */
	public Optional<List<ImportRun>> runOnce(String startedBy) {
		return this.job.runOnce(startedBy).map((runs) -> runs.stream().map(RateImports::run).toList());
	}

	/**
	 * Stores rates of the followed currencies as the given source published them, in the
	 * caller's transaction or one of its own; the import log does not list them.
	 */
	public void store(String source, List<PublishedRate> rates) {
		this.importer.store(source, rates);
	}

	private static ImportRun run(RateImport run) {
		return new ImportRun(run.getId(), run.getSource(), run.getStartedAt(), run.getFinishedAt(), run.isSucceeded(),
				run.getStartedBy(), run.getRateDate(), run.getParsed(), run.getAdded(), run.getUpdated(),
				run.getUnchanged(), run.getMessage());
	}

}
