package org.dastan.core.wxr;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.dastan.core.media.ImageUpload;
import org.dastan.core.media.MediaBusyException;
import org.dastan.core.media.MediaDescription;
import org.dastan.core.media.MediaView;
import org.dastan.core.media.RejectedImageException;
import org.dastan.core.wxr.WordPressImport.Services;
import org.dastan.core.wxr.WxrSurvey.Attachment;

/**
 * The pictures of an import: featured images and the images in bodies that live on the
 * old site are fetched once per run (and once across runs: an address fetched before is
 * found again), stored in the media library with their alt text, caption and credit, and
 * the body's links to them rewritten. Pictures on other sites are left as they are; one
 * that cannot be fetched is taken out of the body and reported. Links to the old site's
 * pages become paths on this site, which its redirects answer.
 */
class WxrImages {

	private static final Pattern WP_IMAGE_CLASS = Pattern.compile("wp-image-(\\d+)");

	private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp)(\\?.*)?$");

	/** A stored picture and the words an article shows under it. */
	record Stored(long id, String fileName, String caption, String credit) {

	}

	private final Services services;

	private final String site;

	private final String siteHost;

	private final URI base;

	private final WxrSurvey survey;

	private final ImportRun run;

	private final ImageFetcher fetcher;

	private final Map<String, Stored> stored = new HashMap<>();

	private final Map<String, String> failed = new HashMap<>();

	WxrImages(Services services, String site, URI base, WxrSurvey survey, ImportRun run) {
		this.services = services;
		this.site = site;
		this.base = base;
		this.siteHost = host(base);
		this.survey = survey;
		this.run = run;
		this.fetcher = new ImageFetcher(services.media().limits().maxUploadSize().toBytes());
	}

	/** An attachment as a gallery shows it. */
	WxrBody.Picture picture(long id) {
		Attachment attachment = this.survey.attachment(id);
		return (attachment != null) ? new WxrBody.Picture(attachment.url(), attachment.alt(), attachment.caption())
				: null;
	}

	/** The post's featured image ({@code _thumbnail_id}), or {@code null}. */
	Stored featured(WxrItem item) {
		String id = item.meta("_thumbnail_id");
		if (id == null || !id.strip().matches("\\d+")) {
			return null;
		}
		Attachment attachment = this.survey.attachment(Long.parseLong(id.strip()));
		if (attachment == null) {
			this.run.notCarried(item, "featured", List.of(id.strip()));
			return null;
		}
		URI uri = resolve(attachment.url());
		return (uri != null) ? store(uri, attachment, null, item) : null;
	}

	/** The body with its pictures on the old site stored and pointed at. */
	String inBody(String html, WxrItem item) {
		if (!html.contains("<img") && !html.contains("href")) {
			return html;
		}
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		for (Element img : document.select("img[src]")) {
			URI uri = resolve(img.attr("src"));
			if (uri == null || !onSite(uri)) {
				continue;
			}
			Attachment attachment = attachment(img, uri);
			Stored picture = store((attachment != null) ? resolveOr(attachment.url(), uri) : uri, attachment,
					img.attr("alt"), item);
			Element link = img.parent();
			boolean linked = link != null && link.normalName().equals("a") && isImageOnSite(link.attr("href"));
			if (picture == null) {
				Element gone = linked ? link : img;
				Element parent = gone.parent();
				gone.remove();
				if (parent != null && parent.normalName().equals("p") && parent.childrenSize() == 0
						&& parent.text().isBlank()) {
					parent.remove();
				}
				continue;
			}
			String path = "/media/" + picture.fileName();
			img.attr("src", path).removeAttr("srcset").removeAttr("sizes");
			if (img.attr("alt").isBlank() && attachment != null && attachment.alt() != null) {
				img.attr("alt", attachment.alt());
			}
			if (linked) {
				link.attr("href", path);
			}
		}
		onThisSite(document);
		return document.body().html();
	}

	// Links to the old site's pages become paths on this one, where their old addresses
	// redirect to the new pages whatever domain the site moves to. Its uploaded files
	// (a PDF, say) stay where they are.
	private void onThisSite(Document document) {
		for (Element link : document.select("a[href]")) {
			String href = link.attr("href");
			URI uri = resolve(href);
			if (uri == null || href.startsWith("/media/") || !onSite(uri) || uri.getRawPath() == null
					|| uri.getRawPath().contains("/wp-content/")) {
				continue;
			}
			String path = WxrText.path(uri.toString());
			String fragment = (uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "";
			link.attr("href", ((path != null) ? path : "/") + fragment);
		}
	}

	private Attachment attachment(Element img, URI uri) {
		Matcher id = WP_IMAGE_CLASS.matcher(img.className());
		Attachment attachment = id.find() ? this.survey.attachment(Long.parseLong(id.group(1))) : null;
		return (attachment != null) ? attachment : this.survey.attachment(uri.toString());
	}

	private Stored store(URI uri, Attachment attachment, String alt, WxrItem item) {
		String key = uri.toString();
		Stored known = this.stored.get(key);
		if (known != null) {
			return known;
		}
		String failure = this.failed.get(key);
		if (failure != null) {
			this.run.notCarried(item, "image", List.of(key, failure));
			return null;
		}
		String caption = (attachment != null) ? WxrText.cut(attachment.caption(), 500) : null;
		String credit = (attachment != null) ? WxrText.cut(attachment.credit(), 200) : null;
		Long id = this.services.ids().find(this.site, "image", key);
		MediaView view = (id != null) ? this.services.media().view(id).orElse(null) : null;
		if (view == null) {
			String altText = (attachment != null && attachment.alt() != null) ? attachment.alt() : alt;
			view = fetch(uri, new MediaDescription(WxrText.cut(altText, 300), caption, credit), item);
			if (view == null) {
				return null;
			}
			this.services.ids().put(this.site, "image", key, view.id());
			this.run.count(this.run.added(), WxrKind.IMAGE);
		}
		Stored picture = new Stored(view.id(), view.fileName(), caption, credit);
		this.stored.put(key, picture);
		return picture;
	}

	private MediaView fetch(URI uri, MediaDescription description, WxrItem item) {
		ImageFetcher.Fetched fetched = this.fetcher.fetch(uri);
		String failure = fetched.failure();
		if (fetched.ok()) {
			String name = uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
			try {
				return this.services.media().upload(new ImageUpload(fetched.bytes(), name, description));
			}
			catch (RejectedImageException ex) {
				failure = ex.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
			}
			catch (MediaBusyException ex) {
				failure = "busy";
			}
		}
		this.failed.put(uri.toString(), failure);
		this.run.notCarried(item, "image", List.of(uri.toString(), failure));
		return null;
	}

	private boolean isImageOnSite(String href) {
		URI uri = resolve(href);
		return uri != null && onSite(uri) && IMAGE_FILE.matcher(uri.getPath()).matches();
	}

	private boolean onSite(URI uri) {
		return host(uri).equals(this.siteHost);
	}

	private URI resolveOr(String address, URI fallback) {
		URI uri = resolve(address);
		return (uri != null) ? uri : fallback;
	}

	// An address relative to the old site, or absolute; null when it is not one.
	private URI resolve(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		try {
			URI uri = this.base.resolve(address.strip().replace(" ", "%20"));
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	// www.old.example and old.example are the same site.
	private static String host(URI uri) {
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
