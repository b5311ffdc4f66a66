package org.dastan.core.wxr;

/**
 * A category or tag as the export lists it ({@code wp:category}, {@code wp:tag}).
 *
 * @param slug WordPress's slug, percent escapes kept as exported
 * @param parentSlug a category's parent's slug, or {@code null} at the top
 */
public record WxrTerm(long id, String slug, String parentSlug, String name, String description) {

}
