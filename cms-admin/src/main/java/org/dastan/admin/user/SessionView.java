package org.dastan.admin.user;

import java.time.ZonedDateTime;

/**
 * One of a user's sessions as their account page lists it.
 *
 * @param current whether it is the session the page is shown in
 */
record SessionView(String id, ZonedDateTime created, ZonedDateTime lastUsed, String clientAddress, String userAgent,
		boolean current) {

}
