package org.dastan.core.article.desk;

/**
 * The staff member at the desk: their login, and whether they are an editor (editors edit
 * and publish everything; authors write their own drafts).
 */
public record Editor(String username, boolean isEditor) {

}
