package org.dastan.core.tag;

/**
 * What an editor sets on a tag.
 *
 * @param name shown to readers; unique among tags, whatever the case
 * @param slug the tag's address; blank to make one from the name
 * @param description optional text for the tag's page
 * @param kind section or topic
 * @param inNavigation whether the masthead shows the tag; a tag that joins goes last
 */
public record TagDraft(String name, String slug, String description, TagKind kind, boolean inNavigation) {

}
