package org.dastan.admin.navigation;

import java.util.Set;

/**
 * An entry in the admin's navigation bar, and the roles that see it. Features declare
 * theirs as beans.
 *
 * @param order where the entry goes, smallest first
 */
public record AdminNavigationItem(int order, String path, String messageKey, Set<String> roles) {

}
