package org.dastan.core.article;

/**
 * What an article brought from another system carries besides its content.
 *
 * @param inReview whether it waits for an editor (a draft that was submitted)
 * @param seoTitle the title search engines show, or {@code null}
 * @param seoDescription the description search engines show, or {@code null}
 * @param lead whether it was kept on top of the old site's front page (WordPress's
 * sticky), to lead this one's ({@link LeadStories}); an import pins, it never lets go of
 * a pin an editor made
 */
public record ImportedState(boolean inReview, String seoTitle, String seoDescription, boolean lead) {

}
