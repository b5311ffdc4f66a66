package org.dastan.core.article;

import java.util.List;

import org.dastan.core.tag.TagRef;

/**
 * A section with its latest articles, as the front page shows it.
 */
public record SectionBlock(TagRef section, List<ArticleCard> articles) {

}
