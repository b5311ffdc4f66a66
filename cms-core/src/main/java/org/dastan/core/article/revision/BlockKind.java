package org.dastan.core.article.revision;

/**
 * The kinds of block an article body is compared by.
 */
public enum BlockKind {

	PARAGRAPH, HEADING, QUOTE, LIST_ITEM, PREFORMATTED, CAPTION, IMAGE, RULE

}
