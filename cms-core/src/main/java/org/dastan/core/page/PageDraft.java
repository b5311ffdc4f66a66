package org.dastan.core.page;

/**
 * A page's editable fields as an editor or an importer gives them.
 *
 * @param title the page's title, its only {@code h1}
 * @param slug its address without the slash; blank to make one from the title
 * @param body its HTML, sanitized as it is saved
 * @param seoDescription what search engines and shares show, or blank
 * @param inFooter whether the footer menu links it once it is published
 */
public record PageDraft(String title, String slug, String body, String seoDescription, boolean inFooter) {

}
