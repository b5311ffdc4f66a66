package org.dastan.core.wxr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first pass over an export: how many items it holds (for the progress bar), its
 * attachments (which posts name by id, for featured images and galleries) and the
 * Co-Authors Plus guest authors (whose names and bios bylines need). Holds a few short
 * strings per attachment, never a post's content.
 */
final class WxrSurvey implements WxrReader.Handler {

	// The photo credit WordPress reads from a picture's IPTC data, in the serialized
	// attachment metadata: s:6:"credit";s:14:"@depositphotos";
	private static final Pattern SERIALIZED_CREDIT = Pattern.compile("s:6:\"credit\";s:\\d+:\"([^\"]*)\";");

	/** An attachment: a picture's address and the words WordPress kept with it. */
	record Attachment(long id, String url, String alt, String caption, String credit, long parent) {

	}

	/** A Co-Authors Plus guest author. */
	record GuestAuthor(String login, String name, String bio) {

	}

	private final Map<Long, Attachment> attachments = new HashMap<>();

	private final Map<String, Attachment> attachmentsByUrl = new HashMap<>();

	private final Map<Long, List<Long>> children = new HashMap<>();

	private final Map<String, GuestAuthor> guestAuthors = new HashMap<>();

	private long items;

	static WxrSurvey of(Path file) {
		WxrSurvey survey = new WxrSurvey();
		WxrReader.read(file, survey);
		return survey;
	}

	@Override
	public void item(WxrItem item) {
		this.items++;
		if ("attachment".equals(item.type()) && item.attachmentUrl() != null && !item.attachmentUrl().isBlank()) {
			Attachment attachment = new Attachment(item.id(), item.attachmentUrl().strip(),
					blankToNull(item.meta("_wp_attachment_image_alt")), blankToNull(WxrBody.plain(item.excerpt())),
					credit(item), item.parent());
			this.attachments.put(item.id(), attachment);
			this.attachmentsByUrl.put(attachment.url(), attachment);
			if (item.parent() > 0) {
				this.children.computeIfAbsent(item.parent(), (parent) -> new ArrayList<>()).add(item.id());
			}
		}
		else if ("guest-author".equals(item.type())) {
			String login = item.meta("cap-user_login");
			if (login != null && !login.isBlank()) {
				String name = blankToNull(item.meta("cap-display_name"));
				this.guestAuthors.put(login.strip(),
						new GuestAuthor(login.strip(), (name != null) ? name : WxrBody.plain(item.title()),
								blankToNull(item.meta("cap-description"))));
			}
		}
	}

	private static String credit(WxrItem item) {
		String plugin = item.meta("_media_credit");
		if (plugin != null && !plugin.isBlank()) {
			return plugin.strip();
		}
		String metadata = item.meta("_wp_attachment_metadata");
		if (metadata != null) {
			Matcher credit = SERIALIZED_CREDIT.matcher(metadata);
			if (credit.find() && !credit.group(1).isBlank()) {
				return credit.group(1).strip();
			}
		}
		return null;
	}

	long items() {
		return this.items;
	}

	Attachment attachment(long id) {
		return this.attachments.get(id);
	}

	Attachment attachment(String url) {
		return this.attachmentsByUrl.get(url);
	}

	List<Long> children(long parent) {
		return this.children.getOrDefault(parent, List.of());
	}

	GuestAuthor guestAuthor(String login) {
		return this.guestAuthors.get(login);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
