package org.dastan.admin.edit;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.dastan.web.error.DatabaseOutage;
import org.dastan.web.security.SecurityHeaders;

/**
 * When the database is down, staff sessions cannot even be read (they live in it), so a
 * save fails before any controller can give the form back. This filter, outside the
 * session filter, answers such a save with a page that holds every field the editor sent,
 * a "Not saved" message and a button that sends the same fields again, built without the
 * database or the templates that need it.
 */
class UnsavedFormFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnsavedFormFilter.class);

	private static final Set<String> HIDDEN = Set.of("_csrf", "version", "openedRevision", "formToken", "action");

	// A field is labelled as the article form labels the control of that name: by the
	// message admin.articles.<its words, dotted>, so imageCaption reads
	// admin.articles.image.caption; the title is the form's headline. Other names show as
	// they are.
	private static final String LABEL_PREFIX = "admin.articles.";

	private static final Map<String, String> LABEL_EXCEPTIONS = Map.of("title", "admin.articles.headline");

	private final MessageSource messages;

	private final LocaleResolver locales;

	UnsavedFormFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseOutage.causes(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable during {} {}: the editor's fields were sent back", request.getMethod(),
					request.getRequestURI());
			response.reset();
			SecurityHeaders.NAMES_AND_VALUES.forEach(response::setHeader);
			writeForm(request, response);
		}
	}

	private void writeForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "60");
		response.setContentType("text/html;charset=UTF-8");
		PrintWriter page = response.getWriter();
		page.printf("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%s</title></head>"
				+ "<body><main><h1>%s</h1><p role=\"alert\">%s</p><form method=\"post\" action=\"%s\">",
				locale.getLanguage(), text("admin.unsaved.title", locale), text("admin.unsaved.title", locale),
				text("admin.articles.not-saved.database", locale), htmlEscape(request.getRequestURI()));
		int index = 0;
		for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
			for (String value : field.getValue()) {
				writeField(page, field.getKey(), value, "unsaved-" + index++, locale);
			}
		}
		page.printf("<button type=\"submit\">%s</button></form></main></body></html>",
				text("admin.unsaved.retry", locale));
	}

	private void writeField(PrintWriter page, String name, String value, String id, Locale locale) {
		if (HIDDEN.contains(name)) {
			page.printf("<input type=\"hidden\" name=\"%s\" value=\"%s\">", htmlEscape(name), htmlEscape(value));
			return;
		}
		String label = this.messages.getMessage(labelKey(name), null, name, locale);
		page.printf("<p><label for=\"%s\">%s</label><br>", id, htmlEscape(label));
		if (value.length() > 200 || value.contains("\n") || "body".equals(name)) {
			page.printf("<textarea id=\"%s\" name=\"%s\" rows=\"12\" cols=\"80\">%s</textarea></p>", id,
					htmlEscape(name), htmlEscape(value));
		}
		else {
			page.printf("<input id=\"%s\" name=\"%s\" value=\"%s\" size=\"80\"></p>", id, htmlEscape(name),
					htmlEscape(value));
		}
	}

	private static String labelKey(String name) {
		return LABEL_EXCEPTIONS.getOrDefault(name,
				LABEL_PREFIX + name.replaceAll("([a-z])([A-Z])", "$1.$2").toLowerCase(Locale.ROOT));
	}

	private String text(String key, Locale locale) {
		return htmlEscape(this.messages.getMessage(key, null, locale));
	}

}
