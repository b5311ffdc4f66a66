package org.dastan.core.article.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;

/**
 * An article's revisions as editors use them: the history of who saved what and when, a
 * readable comparison of any two, and restoring an old one, which saves a new revision.
 * Every method but {@link #latestRevision} throws {@link RevisionNotFoundException} for
 * an article that does not exist or a revision that is not one of its own.
 */
@Service
@Transactional(readOnly = true)
public class ArticleRevisions {

	private final AuditedArticles audited;

	private final ArticleDiffer differ;

	private final ContentRestorer restorer;

	private final ArticleRepository articles;

	ArticleRevisions(AuditedArticles audited, ArticleDiffer differ, ContentRestorer restorer,
			ArticleRepository articles) {
		this.audited = audited;
		this.differ = differ;
		this.restorer = restorer;
		this.articles = articles;
	}

	/** The article's revisions, newest first. */
	public List<RevisionSummary> history(long articleId) {
		article(articleId);
		List<RevisionSummary> history = new ArrayList<>(this.audited.summaries(articleId));
		Collections.reverse(history);
		return history;
	}

	/**
	 * The newest revision of the article, empty when it has none (or does not exist).
	 * Keep it with an edit form to show the editor what others changed meanwhile.
	 */
	public Optional<Integer> latestRevision(long articleId) {
		return this.audited.latest(articleId);
	}

	/** What changed between two revisions; their order does not matter. */
	public RevisionDiff compare(long articleId, int fromRev, int toRev) {
		article(articleId);
		List<RevisionSummary> history = this.audited.summaries(articleId);
		int older = Math.min(fromRev, toRev);
		int newer = Math.max(fromRev, toRev);
		return this.differ.diff(articleId, find(history, articleId, older), this.audited.at(articleId, older),
				find(history, articleId, newer), this.audited.at(articleId, newer));
	}

	/**
	 * What changed between a revision and the article as it is now, such as the changes
	 * others saved since an editor opened the form. The diff's {@code to} is the latest
	 * revision.
	 */
	public RevisionDiff compareWithCurrent(long articleId, int fromRev) {
		Article article = article(articleId);
		List<RevisionSummary> history = this.audited.summaries(articleId);
		return this.differ.diff(articleId, find(history, articleId, fromRev), this.audited.at(articleId, fromRev),
				history.get(history.size() - 1), this.audited.snapshot(article));
	}

	/**
	 * Brings back the content of an old revision (text, slug, section, image, SEO fields)
	 * and saves it as a new revision. Status and publication time stay as they are: a
	 * restore neither publishes nor unpublishes.
	 * @return the new revision, or empty when the article already reads like that
	 * revision
	 */
	@Transactional
	public Optional<RestoredRevision> restore(long articleId, int rev) {
		Article article = article(articleId);
		find(this.audited.summaries(articleId), articleId, rev);
		Optional<List<RevisionField>> kept = this.restorer.restore(article, this.audited.at(articleId, rev),
				this.audited.snapshot(article));
		if (kept.isEmpty()) {
			return Optional.empty();
		}
		this.audited.currentRevision(false).markRestoredFrom(rev);
		this.articles.saveAndFlush(article);
		return Optional.of(new RestoredRevision(this.audited.currentRevision(true).getId(), kept.get()));
	}

	private Article article(long articleId) {
		return this.articles.findById(articleId).orElseThrow(() -> new RevisionNotFoundException(articleId));
	}

	private static RevisionSummary find(List<RevisionSummary> history, long articleId, int revision) {
		return history.stream()
			.filter((summary) -> summary.number() == revision)
			.findFirst()
			.orElseThrow(() -> new RevisionNotFoundException(articleId, revision));
	}

}
