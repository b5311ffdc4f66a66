package org.dastan.core.wxr;

import java.util.List;
import java.util.Map;

/**
 * One {@code item} of the export: a post, page, attachment or any other post type, as
 * text the way WordPress wrote it.
 *
 * @param dateGmt {@code wp:post_date_gmt}, {@code 0000-00-00 00:00:00} for drafts never
 * dated
 * @param modifiedGmt {@code wp:post_modified_gmt}, exported since WordPress 5.7, or
 * {@code null}
 * @param meta the post's meta values by key (the last one where a key repeats)
 * @param comments how many comments the item carried
 */
public record WxrItem(long id, String title, String link, String guid, String creator, String content, String excerpt,
		String date, String dateGmt, String modifiedGmt, String slug, String status, String type, String password,
		boolean sticky, long parent, String attachmentUrl, List<WxrItemTerm> terms, Map<String, String> meta,
		int comments) {

	public WxrItem {
		terms = List.copyOf(terms);
		meta = Map.copyOf(meta);
	}

	public String meta(String key) {
		return this.meta.get(key);
	}

	public List<WxrItemTerm> terms(String domain) {
		return this.terms.stream().filter((term) -> domain.equals(term.domain())).toList();
	}

}
