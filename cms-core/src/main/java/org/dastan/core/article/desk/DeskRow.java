package org.dastan.core.article.desk;

import java.time.Instant;
import java.util.List;

/**
 * An article as the desk's lists show it.
 *
 * @param lead whether editors keep it on top of the front page
 */
public record DeskRow(long id, String title, String slug, DeskStatus status, String section, List<String> authors,
		Instant updatedAt, Instant publishedAt, boolean lead) {

}
