package org.dastan.core.redirect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.redirect.ImportLine.Outcome;
import org.dastan.core.redirect.internal.Redirect;
import org.dastan.core.redirect.internal.RedirectRepository;

/**
 * The admin's redirects: adding, editing, deleting, importing and exporting them as CSV.
 * Every redirect takes readers where they are going in one hop: one that would loop back
 * to its own old path is refused, and a chain is collapsed as it is saved (A to B while B
 * leads to C is saved as A to C, and redirects that led to A now lead to C). Collapsing
 * rather than refusing, because legacy redirects imported from WordPress come with years
 * of chains that no one should have to untangle by hand, and because readers and search
 * engines then take one hop. A redirect whose old path is a live page is refused: it
 * would never be followed. Every change is announced as {@link RedirectsChanged}.
 */
@Service
@Transactional
public class Redirects {

	private static final Logger logger = LoggerFactory.getLogger(Redirects.class);

	/** The most lines one import reads; the rest are reported refused. */
	public static final int MAX_IMPORT_LINES = 20_000;

	private final RedirectRepository redirects;

	private final LivePages live;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Redirects(RedirectRepository redirects, LivePages live, ApplicationEventPublisher events, Clock clock) {
		this.redirects = redirects;
		this.live = live;
		this.events = events;
		this.clock = clock;
	}

	/** Redirects whose old path or target holds the text, by old path. */
	@Transactional(readOnly = true)
	public Page<RedirectEntry> search(String text, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by("oldPath"));
		return this.redirects.search((text != null) ? text.strip() : "", request).map(RedirectEntry::of);
	}

	@Transactional(readOnly = true)
	public Optional<RedirectEntry> find(long id) {
		return this.redirects.findById(id).map(RedirectEntry::of);
	}

	public SavedRedirect add(RedirectDraft draft) {
		return saved(save(null, draft));
	}

	/** Saves the draft over the redirect, unless someone saved it since it was opened. */
	public SavedRedirect update(long id, long openedVersion, RedirectDraft draft) {
		Redirect redirect = get(id);
		if (redirect.getVersion() != openedVersion) {
			throw new StaleEditException(redirect.getVersion());
		}
		return saved(save(redirect, draft));
	}

	public void delete(long id) {
		this.redirects.delete(get(id));
		changed();
	}

	/**
	 * Adds or updates a redirect per line of the CSV ({@code from,to,status}; status 301
	 * when left out); a line that breaks a rule is refused and the others go on. One
	 * transaction: a chain spread over several lines collapses whatever their order.
	 */
	public ImportReport importCsv(Reader csv) {
		List<ImportLine> report = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(csv)) {
			String line;
			int number = 0;
			while ((line = lines.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (line.isBlank()) {
					continue;
				}
				if (report.size() >= MAX_IMPORT_LINES) {
					report.add(new ImportLine(number, line, "", Outcome.REFUSED, "redirect.import.too-many",
							List.of(MAX_IMPORT_LINES)));
					break;
				}
				List<String> fields = RedirectCsv.fields(line);
				if (fields != null && number == 1 && RedirectCsv.isHeader(fields)) {
					continue;
				}
				report.add(importLine(number, line, fields));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		changed();
		return new ImportReport(report);
	}

	/** Every redirect as CSV, by old path, with a header line. */
	@Transactional(readOnly = true)
	public void exportCsv(Writer out) throws IOException {
		out.write(RedirectCsv.HEADER + "\r\n");
		for (Redirect redirect : this.redirects.findAllByOrderByOldPath()) {
			out.write(RedirectCsv.line(redirect.getOldPath(), redirect.getTarget(), redirect.getStatus()) + "\r\n");
		}
	}

	/**
	 * A page moved from one path to another (a slug changed): the old path leads to the
	 * new one for good, redirects that led to the old path follow, and a redirect from
	 * the new path, a live page again, goes. Called in the transaction of the move, which
	 * it never fails: a redirect it cannot make is logged and left out.
	 */
	void moved(String oldPath, String newPath) {
		try {
			String to = RedirectPaths.from(newPath);
			this.redirects.findByOldPath(to).ifPresent(this.redirects::delete);
			String from = RedirectPaths.from(oldPath);
			save(this.redirects.findByOldPath(from).orElse(null), new RedirectDraft(from, to, 301));
			changed();
		}
		catch (RejectedEditException ex) {
			logger.warn("No redirect from {} to {}: {}", oldPath, newPath, ex.getMessage());
		}
	}

	/**
	 * Redirects that lead to any of the old paths lead to the new one instead; one that
	 * would now lead to itself goes. For addresses that keep answering with a redirect of
	 * their own (a tag's former slugs), so that readers take one hop.
	 */
	void retarget(Collection<String> oldPaths, String newPath) {
		boolean changed = false;
		for (String oldPath : oldPaths) {
			if (oldPath.equals(newPath)) {
				continue;
			}
			for (Redirect redirect : this.redirects.findByTarget(oldPath)) {
				if (redirect.getOldPath().equals(newPath)) {
					this.redirects.delete(redirect);
				}
				else {
					redirect.retarget(newPath, this.clock.instant());
				}
				changed = true;
			}
		}
		if (changed) {
			changed();
		}
	}

	private ImportLine importLine(int number, String line, List<String> fields) {
		if (fields == null || fields.size() < 2 || fields.size() > 3) {
			return new ImportLine(number, line, "", Outcome.REFUSED, "redirect.import.columns", List.of());
		}
		String from = fields.get(0);
		String to = fields.get(1);
		try {
			int status = status((fields.size() == 3) ? fields.get(2) : "");
			Redirect existing = this.redirects.findByOldPath(RedirectPaths.from(from)).orElse(null);
			RedirectDraft draft = new RedirectDraft(from, to, status);
			if (existing != null && !existing.differs(RedirectPaths.from(from), RedirectPaths.to(to), status)) {
				return new ImportLine(number, from, to, Outcome.UNCHANGED, null, List.of());
			}
			Saved saved = save(existing, draft);
			Outcome outcome = (existing != null) ? Outcome.UPDATED : Outcome.ADDED;
			return (saved.via() != null)
					? new ImportLine(number, from, to, outcome, "redirect.saved.collapsed",
							List.of(saved.via(), saved.redirect().getTarget()))
					: new ImportLine(number, from, to, outcome, null, List.of());
		}
		catch (RejectedEditException ex) {
			return new ImportLine(number, from, to, Outcome.REFUSED, ex.code(), List.of(ex.args()));
		}
	}

	private static int status(String text) {
		if (text.isEmpty()) {
			return 301;
		}
		try {
			return RedirectPaths.status(Integer.parseInt(text));
		}
		catch (NumberFormatException ex) {
			throw new RejectedEditException("status", "redirect.status.bad");
		}
	}

	// Flushes nothing: it runs in the transactions of slug changes too, whose own
	// entities are written once, at their commit.
	private Saved save(Redirect existing, RedirectDraft draft) {
		String from = RedirectPaths.from(draft.from());
		String to = RedirectPaths.to(draft.to());
		int status = RedirectPaths.status(draft.status());
		if (this.live.answers(from)) {
			throw new RejectedEditException("from", "redirect.from.live", from);
		}
		if (other(from, existing).isPresent()) {
			throw new RejectedEditException("from", "redirect.from.taken", from);
		}
		if (to.equals(from)) {
			throw new RejectedEditException("to", "redirect.to.self");
		}
		String via = null;
		Optional<Redirect> next = other(to, existing);
		if (next.isPresent()) {
			via = to;
			to = next.get().getTarget();
			if (to.equals(from)) {
				throw new RejectedEditException("to", "redirect.to.loop", via, from);
			}
		}
		Redirect saved;
		if (existing != null) {
			existing.change(from, to, status, this.clock.instant());
			saved = existing;
		}
		else {
			saved = this.redirects.save(new Redirect(from, to, status, this.clock.instant()));
		}
		for (Redirect before : this.redirects.findByTarget(from)) {
			if (!before.getId().equals(saved.getId())) {
				before.retarget(to, this.clock.instant());
			}
		}
		return new Saved(saved, via);
	}

	private SavedRedirect saved(Saved saved) {
		this.redirects.flush();
		changed();
		return new SavedRedirect(RedirectEntry.of(saved.redirect()), saved.via());
	}

	// The redirect from the path, other than the one being saved.
	private Optional<Redirect> other(String path, Redirect self) {
		return this.redirects.findByOldPath(path)
			.filter((found) -> self == null || !found.getId().equals(self.getId()));
	}

	private Redirect get(long id) {
		return this.redirects.findById(id).orElseThrow(() -> new EntityNotFoundException("No redirect " + id));
	}

	private void changed() {
		this.events.publishEvent(new RedirectsChanged());
	}

	private record Saved(Redirect redirect, String via) {

	}

}
