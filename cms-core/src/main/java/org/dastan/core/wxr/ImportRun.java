package org.dastan.core.wxr;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dastan.core.article.ImportArticle;
import org.dastan.core.article.ImportedState;
import org.dastan.core.author.AuthorDraft;
import org.dastan.core.author.AuthorView;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.redirect.ImportLine;
import org.dastan.core.redirect.ImportReport;
import org.dastan.core.redirect.RedirectPaths;
import org.dastan.core.tag.TagDraft;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagView;
import org.dastan.core.user.CreateAccount;
import org.dastan.core.user.Role;
import org.dastan.core.wxr.WordPressImport.Services;
import org.dastan.core.wxr.WxrSurvey.GuestAuthor;

/**
 * One run of an import, as the second pass reads the export: authors and terms first
 * (categories once all are known, for their hierarchy), then the items. Keeps what it
 * made by WordPress's names, so that posts find their authors and terms without a query.
 */
class ImportRun implements WxrReader.Handler {

	private static final Logger logger = LoggerFactory.getLogger(ImportRun.class);

	private static final int MAX_NOT_CARRIED = 2000;

	private static final int REDIRECT_BATCH = 500;

	private static final int MAX_TAG_NAME = 120;

	private final Services services;

	private final WxrOptions options;

	private final WxrSurvey survey;

	private final WxrProgress progress;

	private final String site;

	private final WxrImages images;

	private final Map<WxrKind, Integer> added = new EnumMap<>(WxrKind.class);

	private final Map<WxrKind, Integer> updated = new EnumMap<>(WxrKind.class);

	private final List<NotCarried> notCarried = new ArrayList<>();

	private int leftOff;

	private final Map<String, Long> authorsByLogin = new HashMap<>();

	private final List<WxrTerm> categories = new ArrayList<>();

	private boolean categoriesDone;

	private final long started = System.nanoTime();

	private boolean itemsStarted;

	// A category's WordPress slug (as exported) to the tag it became.
	private final Map<String, TagView> categoryTags = new HashMap<>();

	private final Map<String, Long> tagsBySlug = new HashMap<>();

	private final List<PendingRedirect> redirects = new ArrayList<>();

	private record PendingRedirect(String from, String to, String type, long id, String title) {

	}

	ImportRun(Services services, WxrOptions options, WxrSurvey survey, WxrProgress progress) {
		this.services = services;
		this.options = options;
		this.survey = survey;
		this.progress = progress;
		this.site = siteKey(options.site());
		this.images = new WxrImages(services, this.site, options.site(), survey, this);
	}

	static String siteKey(URI site) {
		String text = site.toString().strip().toLowerCase(Locale.ROOT);
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		return text;
	}

	// Authors

	@Override
	public void author(WxrAuthor author) {
		if (author.login() == null || author.login().isBlank()) {
			return;
		}
		String login = author.login().strip();
		GuestAuthor guest = this.survey.guestAuthor(login);
		String bio = (guest != null) ? guest.bio() : null;
		this.authorsByLogin.put(login, author(login, author.name(), bio, author.email(), true));
	}

	// Only the site's users get staff accounts: guest authors and bylines of logins the
	// export does not list never logged in.
	private long author(String login, String name, String bio, String email, boolean user) {
		Long known = this.services.ids().find(this.site, "author", login);
		if (known != null && this.services.authors().find(known).isPresent()) {
			return known;
		}
		Long account = (user && this.options.staffAccounts()) ? account(login, name, email) : null;
		String plainName = WxrText.cut(WxrBody.plain(name), MAX_TAG_NAME);
		String displayName = (plainName != null) ? plainName : login;
		String cutBio = WxrText.cut(bio, 2000);
		AuthorView view;
		try {
			view = this.services.authors()
				.create(new AuthorDraft(displayName, WxrText.slug(login, null, ""), null, cutBio, null, account));
		}
		catch (RejectedEditException ex) {
			view = this.services.authors().create(new AuthorDraft(displayName, null, null, cutBio, null, account));
		}
		this.services.ids().put(this.site, "author", login, view.id());
		count(this.added, WxrKind.AUTHOR);
		String nicename = login.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.@-]+", "-");
		redirect("/author/" + nicename + "/", RedirectPaths.AUTHORS + view.slug(), "author", 0, displayName);
		return view.id();
	}

	// A staff account that starts disabled: an admin enables it and issues a password.
	private Long account(String login, String name, String email) {
		String display = WxrText.cut(WxrBody.plain(name), 100);
		try {
			long id = this.services.users()
				.create(new CreateAccount(login, (display != null) ? display : login, (email != null) ? email : "",
						Set.of(Role.AUTHOR)))
				.userId();
			this.services.users().disable(id);
			count(this.added, WxrKind.ACCOUNT);
			return id;
		}
		catch (RejectedEditException ex) {
			notCarried("author", 0, login, "account", List.of(login));
			return null;
		}
	}

	private Long authorByLogin(String login) {
		return this.authorsByLogin.computeIfAbsent(login, (unknown) -> {
			GuestAuthor guest = this.survey.guestAuthor(unknown);
			return (guest != null) ? author(unknown, guest.name(), guest.bio(), null, false)
					: author(unknown, unknown, null, null, false);
		});
	}

	// Categories and tags

	@Override
	public void category(WxrTerm category) {
		this.categories.add(category);
	}

	@Override
	public void tag(WxrTerm tag) {
		categories();
		tag(tag.slug(), tag.name(), tag.description(), tag.id());
	}

	private long tag(String slug, String name, String description, long id) {
		Long known = this.tagsBySlug.get(slug);
		if (known != null) {
			return known;
		}
		TagView view = term("tag", (id > 0) ? String.valueOf(id) : slug, WxrBody.plain(name),
				WxrText.slug(slug, name, "tag"), description, TagKind.TOPIC, WxrKind.TAG);
		this.tagsBySlug.put(slug, view.id());
		redirect("/tag/" + slug + "/", RedirectPaths.TAGS + view.slug(), "post_tag", id, view.name());
		if (id > 0) {
			redirect("/?tag=" + slug, RedirectPaths.TAGS + view.slug(), "post_tag", id, view.name());
		}
		return view.id();
	}

	// Top-level categories become sections; the ones under them topics whose slug and
	// name carry their parents' (asia-kazakhstan, "Asia / Kazakhstan"), because Dastan's
	// tags are flat. WordPress's default "Uncategorized" becomes nothing.
	private void categories() {
		if (this.categoriesDone) {
			return;
		}
		this.categoriesDone = true;
		Map<String, WxrTerm> bySlug = new LinkedHashMap<>();
		this.categories.forEach((category) -> bySlug.put(category.slug(), category));
		for (WxrTerm category : this.categories) {
			if ("uncategorized".equals(category.slug())) {
				continue;
			}
			List<WxrTerm> chain = chain(category, bySlug);
			boolean top = chain.size() == 1;
			String name = String.join(" / ", chain.stream().map((term) -> WxrBody.plain(term.name())).toList());
			String slugs = String.join("-", chain.stream().map((term) -> WxrText.decode(term.slug())).toList());
			String path = String.join("/", chain.stream().map(WxrTerm::slug).toList());
			TagView view = term("category", (category.id() > 0) ? String.valueOf(category.id()) : category.slug(), name,
					WxrText.slug(slugs, name, "section"), category.description(), top ? TagKind.SECTION : TagKind.TOPIC,
					top ? WxrKind.SECTION : WxrKind.TOPIC);
			this.categoryTags.put(category.slug(), view);
			String to = (view.isSection() ? RedirectPaths.SECTIONS : RedirectPaths.TAGS) + view.slug();
			redirect("/category/" + path + "/", to, "category", category.id(), view.name());
			if (category.id() > 0) {
				redirect("/?cat=" + category.id(), to, "category", category.id(), view.name());
			}
		}
	}

	// From the top category down to this one; a loop or a missing parent ends the chain.
	private static List<WxrTerm> chain(WxrTerm category, Map<String, WxrTerm> bySlug) {
		List<WxrTerm> chain = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		WxrTerm term = category;
		while (term != null && seen.add(term.slug())) {
			chain.add(0, term);
			term = (term.parentSlug() != null) ? bySlug.get(term.parentSlug()) : null;
		}
		return chain;
	}

	// The tag an earlier run made, or a new one; a name another tag has means that tag.
	private TagView term(String kind, String key, String name, String slug, String description, TagKind tagKind,
			WxrKind counted) {
		Long known = this.services.ids().find(this.site, kind, key);
		if (known != null) {
			TagView view = this.services.tags().find(known).orElse(null);
			if (view != null) {
				return view;
			}
		}
		String tagName = (name == null || name.isBlank()) ? slug : WxrText.cut(name, MAX_TAG_NAME);
		String text = WxrText.cut(WxrBody.plain(description), 1000);
		TagView view;
		try {
			view = createTag(tagName, slug, text, tagKind);
			count(this.added, counted);
		}
		catch (RejectedEditException ex) {
			long existing = this.services.tags().findOrCreateTopic(tagName).getId();
			view = this.services.tags().find(existing).orElseThrow();
		}
		this.services.ids().put(this.site, kind, key, view.id());
		return view;
	}

	private TagView createTag(String name, String slug, String description, TagKind kind) {
		try {
			return this.services.tags().create(new TagDraft(name, slug, description, kind, false));
		}
		catch (RejectedEditException ex) {
			if (!"slug".equals(ex.field())) {
				throw ex;
			}
			return this.services.tags().create(new TagDraft(name, null, description, kind, false));
		}
	}

	// Items

	@Override
	public void item(WxrItem item) {
		categories();
		if (!this.itemsStarted) {
			this.itemsStarted = true;
			logger.info("WordPress authors and terms imported in {} ms; the items next",
					(System.nanoTime() - this.started) / 1_000_000);
		}
		try {
			switch (item.type()) {
				case "post" -> post(item);
				case "page" -> page(item);
				case "attachment", "guest-author", "revision" -> {
				}
				default -> notCarried(item, "post-type", List.of(item.type()));
			}
			if (item.comments() > 0) {
				notCarried(item, "comments", List.of(item.comments()));
			}
		}
		// One item that breaks a rule (a field too long for Dastan, say) is reported, and
		// the rest of the export goes on.
		catch (RuntimeException ex) {
			logger.warn("WordPress item {} not imported", item.id(), ex);
			notCarried(item, "failed", List.of(String.valueOf(ex.getMessage())));
		}
		finally {
			this.progress.itemDone();
		}
	}

	private void post(WxrItem item) {
		String status = (item.status() != null) ? item.status().strip() : "draft";
		if (status.equals("trash") || status.equals("auto-draft")) {
			notCarried(item, "trash", List.of(status));
			return;
		}
		String title = title(item);
		boolean locked = item.password() != null && !item.password().isBlank();
		if (locked) {
			notCarried(item, "password", List.of());
		}
		Instant date = date(item);
		Instant now = this.services.clock().instant();
		Instant publishedAt = (!locked && (status.equals("publish") || status.equals("future")))
				? ((date != null) ? date : now) : null;
		Instant modified = WxrText.gmt(item.modifiedGmt());
		Instant updatedAt = (modified != null) ? modified : (date != null) ? date : now;

		Long section = null;
		Set<Long> tags = new LinkedHashSet<>();
		for (WxrItemTerm term : item.terms("category")) {
			TagView view = this.categoryTags.get(term.nicename());
			if (view != null && view.isSection() && section == null) {
				section = view.id();
			}
			else if (view != null && !view.isSection()) {
				tags.add(view.id());
			}
		}
		for (WxrItemTerm term : item.terms("post_tag")) {
			if (term.nicename() != null && !term.nicename().isBlank()) {
				tags.add(tag(term.nicename(), term.name(), null, 0));
			}
		}
		List<Long> byline = byline(item);
		WxrImages.Stored image = this.images.featured(item);
		Set<String> unknown = new LinkedHashSet<>();
		String body = WxrBody.html(item.content(), this.images::picture, this.survey.children(item.id()), unknown);
		body = this.images.inBody(body, item);
		unknown.forEach((name) -> notCarried(item, "shortcode", List.of(name)));
		ImportedState state = new ImportedState(status.equals("pending") && !locked,
				WxrText.seoTitle(item.meta("_yoast_wpseo_title"), title),
				WxrText.cut(WxrBody.plain(item.meta("_yoast_wpseo_metadesc")), 300), item.sticky());

		Long known = this.services.ids().find(this.site, "post", String.valueOf(item.id()));
		String slug = this.services.articles().freeSlug(WxrText.slug(item.slug(), title, "post-" + item.id()), known);
		ImportArticle article = new ImportArticle(slug, title, WxrText.cut(WxrBody.plain(item.excerpt()), 500), body,
				section, tags, byline, (image != null) ? image.id() : null, (image != null) ? image.caption() : null,
				(image != null) ? image.credit() : null, publishedAt, updatedAt, 0);
		long id = this.services.transaction().execute((tx) -> {
			long saved = this.services.articles().put(known, article, state);
			this.services.ids().put(this.site, "post", String.valueOf(item.id()), saved);
			return saved;
		});
		count((known != null && known == id) ? this.updated : this.added, WxrKind.ARTICLE);
		oldAddresses(item, RedirectPaths.ARTICLES + slug, title);
	}

	private List<Long> byline(WxrItem item) {
		List<Long> byline = new ArrayList<>();
		for (WxrItemTerm coAuthor : item.terms("author")) {
			String login = (coAuthor.name() != null && !coAuthor.name().isBlank()) ? coAuthor.name().strip()
					: coAuthor.nicename().replaceFirst("^cap-", "");
			Long author = authorByLogin(login);
			if (!byline.contains(author)) {
				byline.add(author);
			}
		}
		if (byline.isEmpty() && item.creator() != null && !item.creator().isBlank()) {
			byline.add(authorByLogin(item.creator().strip()));
		}
		return byline;
	}

	private void page(WxrItem item) {
		ImportedPageSink sink = this.services.pages().getIfAvailable();
		if (sink == null) {
			notCarried(item, "page", List.of());
			return;
		}
		String status = (item.status() != null) ? item.status().strip() : "draft";
		if (status.equals("trash") || status.equals("auto-draft")) {
			notCarried(item, "trash", List.of(status));
			return;
		}
		String title = title(item);
		Set<String> unknown = new LinkedHashSet<>();
		String body = this.images
			.inBody(WxrBody.html(item.content(), this.images::picture, this.survey.children(item.id()), unknown), item);
		unknown.forEach((name) -> notCarried(item, "shortcode", List.of(name)));
		Instant date = date(item);
		Instant now = this.services.clock().instant();
		boolean published = status.equals("publish") && (item.password() == null || item.password().isBlank());
		Long known = this.services.ids().find(this.site, "page", String.valueOf(item.id()));
		ImportedPageSink.StoredPage stored = sink.put(known,
				new ImportedPageSink.ImportedPage(WxrText.slug(item.slug(), title, "page-" + item.id()), title,
						this.services.sanitizer().sanitize(body).html(),
						published ? ((date != null) ? date : now) : null, (date != null) ? date : now, 0));
		this.services.ids().put(this.site, "page", String.valueOf(item.id()), stored.id());
		count((known != null && known == stored.id()) ? this.updated : this.added, WxrKind.PAGE);
		oldAddresses(item, stored.path(), title);
	}

	private String title(WxrItem item) {
		String title = WxrText.cut(WxrBody.plain(item.title()), 200);
		return (title != null) ? title : "#" + item.id();
	}

	private Instant date(WxrItem item) {
		Instant gmt = WxrText.gmt(item.dateGmt());
		return (gmt != null) ? gmt : WxrText.local(item.date(), this.services.newsroom().timeZone());
	}

	// Every address WordPress answered for the item: its permalink, its guid when that is
	// an address, and ?p=N (?page_id=N for pages).
	private void oldAddresses(WxrItem item, String to, String title) {
		Set<String> from = new LinkedHashSet<>();
		from.add(WxrText.path(item.link()));
		if (item.guid() != null && item.guid().strip().matches("(?i)https?://.*")) {
			from.add(WxrText.path(item.guid()));
		}
		from.add(("page".equals(item.type()) ? "/?page_id=" : "/?p=") + item.id());
		from.remove(null);
		from.forEach((path) -> redirect(path, to, item.type(), item.id(), title));
	}

	private void redirect(String from, String to, String type, long id, String title) {
		this.redirects.add(new PendingRedirect(from, to, type, id, title));
		if (this.redirects.size() >= REDIRECT_BATCH) {
			flushRedirects();
		}
	}

	// Through the redirects' own import, which adds, updates or leaves each and refuses
	// what would never be followed; a line per redirect, in batches.
	private void flushRedirects() {
		if (this.redirects.isEmpty()) {
			return;
		}
		StringBuilder csv = new StringBuilder();
		for (PendingRedirect redirect : this.redirects) {
			csv.append(csv(redirect.from())).append(',').append(csv(redirect.to())).append(",301\n");
		}
		ImportReport report = this.services.redirects().importCsv(new StringReader(csv.toString()));
		for (ImportLine line : report.lines()) {
			PendingRedirect redirect = this.redirects.get(line.number() - 1);
			switch (line.outcome()) {
				case ADDED -> count(this.added, WxrKind.REDIRECT);
				case UPDATED -> count(this.updated, WxrKind.REDIRECT);
				case REFUSED ->
					notCarried(redirect.type(), redirect.id(), redirect.title(), "redirect", List.of(redirect.from()));
				default -> {
				}
			}
		}
		this.redirects.clear();
	}

	private static String csv(String field) {
		return "\"" + field.replace("\"", "\"\"") + "\"";
	}

	WxrReport finish(long items, long millis) {
		categories();
		flushRedirects();
		return new WxrReport(this.added, this.updated, items, millis, this.notCarried, this.leftOff);
	}

	// The report

	void count(Map<WxrKind, Integer> counts, WxrKind kind) {
		counts.merge(kind, 1, Integer::sum);
	}

	void notCarried(WxrItem item, String reason, List<Object> args) {
		notCarried(item.type(), item.id(), WxrBody.plain(item.title()), reason, args);
	}

	void notCarried(String type, long id, String title, String reason, List<Object> args) {
		if (this.notCarried.size() < MAX_NOT_CARRIED) {
			this.notCarried.add(new NotCarried(type, id, title, reason, args));
		}
		else {
			this.leftOff++;
		}
	}

	Map<WxrKind, Integer> added() {
		return this.added;
	}

}
