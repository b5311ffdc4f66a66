package org.dastan.core.wxr;

/**
 * A term an item carries
 * ({@code <category domain="post_tag" nicename="...">Name</category>}).
 *
 * @param domain {@code category}, {@code post_tag}, {@code author} (Co-Authors Plus) or
 * another taxonomy
 */
public record WxrItemTerm(String domain, String nicename, String name) {

}
