package org.dastan.core.page;

/** A link of the footer menu, in the editors' order. */
public record FooterLink(String title, String path) {

}
