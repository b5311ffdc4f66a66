package org.dastan.core.tag;

/**
 * A section is a tag that can own articles (each article sits in one section); a topic is
 * a tag articles carry.
 */
public enum TagKind {

	SECTION, TOPIC

}
