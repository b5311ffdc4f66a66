package org.dastan.admin.wordpress;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.dastan.core.wxr.NotCarried;
import org.dastan.core.wxr.WordPressImport;
import org.dastan.core.wxr.WxrKind;
import org.dastan.core.wxr.WxrOptions;
import org.dastan.core.wxr.WxrProgress;
import org.dastan.core.wxr.WxrReport;

/**
 * Started with {@code --dastan.import.wxr=FILE} (and
 * {@code --dastan.import.site=https://old.example},
 * {@code --dastan.import.staff-accounts=true}): once the application is ready, imports
 * the export, prints the report in English and exits, with status 1 when the import
 * failed. For sites whose export is too large to upload.
 */
@Component
@ConditionalOnProperty("dastan.import.wxr")
class WordPressImportCommand {

	private final WordPressImport wordPress;

	private final MessageSource messages;

	private final ApplicationContext context;

	private final Path file;

	private final URI site;

	private final boolean staffAccounts;

	WordPressImportCommand(WordPressImport wordPress, MessageSource messages, ApplicationContext context,
			Environment environment) {
		this.wordPress = wordPress;
		this.messages = messages;
		this.context = context;
		this.file = Path.of(environment.getRequiredProperty("dastan.import.wxr"));
		this.site = URI.create(environment.getRequiredProperty("dastan.import.site"));
		this.staffAccounts = environment.getProperty("dastan.import.staff-accounts", Boolean.class, false);
	}

	@EventListener(ApplicationReadyEvent.class)
	void importAndExit() {
		int status = 0;
		try {
			print(this.wordPress.run(this.file, new WxrOptions(this.site, this.staffAccounts), new WxrProgress()),
					System.out);
		}
		catch (RuntimeException ex) {
			System.err.println("WordPress import failed: " + ex.getMessage());
			status = 1;
		}
		int exit = status;
		System.exit(SpringApplication.exit(this.context, () -> exit));
	}

	void print(WxrReport report, PrintStream out) {
		out.println(
				text("admin.import.report.speed", report.items(), report.millis() / 1000.0, report.itemsPerSecond()));
		for (WxrKind kind : WxrKind.values()) {
			out.println(text("admin.import.kind." + kind) + ": "
					+ text("admin.import.report.counts", report.added(kind), report.updated(kind)));
		}
		for (NotCarried item : report.notCarried()) {
			out.println(item.type() + " " + item.id() + " " + item.title() + ": "
					+ text("admin.import.why." + item.reason(), item.args().toArray()));
		}
		if (report.leftOff() > 0) {
			out.println(text("admin.import.report.left-off", report.leftOff()));
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}

}
