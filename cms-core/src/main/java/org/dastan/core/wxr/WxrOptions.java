package org.dastan.core.wxr;

import java.net.URI;

/**
 * How to import an export.
 *
 * @param site the old site's address, such as {@code https://old.example}: its pictures
 * are fetched from there, and the import remembers what it made per site
 * @param staffAccounts whether each WordPress author also gets a staff account, created
 * disabled, with the author role
 */
public record WxrOptions(URI site, boolean staffAccounts) {

}
