package org.dastan.core.wxr;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.dastan.core.article.ArticleImports;
import org.dastan.core.author.AuthorService;
import org.dastan.core.config.NewsroomProperties;
import org.dastan.core.html.HtmlSanitizer;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.redirect.Redirects;
import org.dastan.core.tag.TagService;
import org.dastan.core.user.UserAccounts;
import org.dastan.core.wxr.internal.ImportedIds;

/**
 * Imports a WordPress export in two passes over the file, never holding it whole: the
 * first counts its items and notes its attachments and guest authors, the second carries
 * authors, categories, tags, posts and pages through the other features' APIs, one
 * transaction per thing, fetching pictures from the old site outside any transaction.
 * What a run makes is remembered per site, so that running the same export again updates
 * it and adds nothing twice.
 */
@Service
public class WordPressImport {

	private static final Logger logger = LoggerFactory.getLogger(WordPressImport.class);

	private final Services services;

	private final ApplicationEventPublisher events;

	WordPressImport(ArticleImports articles, AuthorService authors, TagService tags, MediaLibrary media,
			Redirects redirects, UserAccounts users, ImportedIds ids, ObjectProvider<ImportedPageSink> pages,
			HtmlSanitizer sanitizer, TransactionTemplate transaction, NewsroomProperties newsroom, Clock clock,
			ApplicationEventPublisher events) {
		this.services = new Services(articles, authors, tags, media, redirects, users, ids, pages, sanitizer,
				transaction, newsroom, clock);
		this.events = events;
	}

	/** The features an import writes through. */
	record Services(ArticleImports articles, AuthorService authors, TagService tags, MediaLibrary media,
			Redirects redirects, UserAccounts users, ImportedIds ids, ObjectProvider<ImportedPageSink> pages,
			HtmlSanitizer sanitizer, TransactionTemplate transaction, NewsroomProperties newsroom, Clock clock) {

	}

	/**
	 * Imports the export, telling the progress how far it is; returns the report, which
	 * the progress holds too once the import ends.
	 * @throws WxrReader.UnreadableExportException if the file is not a WordPress export
	 */
	public WxrReport run(Path file, WxrOptions options, WxrProgress progress) {
		long start = System.nanoTime();
		try {
			WxrSurvey survey = WxrSurvey.of(file);
			progress.start(survey.items());
			ImportRun run = new ImportRun(this.services, options, survey, progress);
			WxrReader.read(file, run);
			WxrReport report = run.finish(survey.items(), (System.nanoTime() - start) / 1_000_000);
			logger.info("Imported {} WordPress items from {} in {} ms", report.items(), options.site(),
					report.millis());
			progress.finish(report);
			return report;
		}
		catch (RuntimeException ex) {
			logger.warn("WordPress import from {} failed", options.site(), ex);
			progress.fail(ex.getMessage());
			throw ex;
		}
		finally {
			// Articles come in without the desk's events, so the site hears of them once,
			// at the end, and of what a failed run left behind too.
			this.events.publishEvent(new WordPressImported(options.site()));
		}
	}

}
