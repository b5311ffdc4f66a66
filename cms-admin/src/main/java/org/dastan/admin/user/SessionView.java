package org.dastan.admin.user;

import java.time.ZonedDateTime;

/**
 * One of a user's sessions as their account page lists it.
 *
 * @param reference stands for the session id, which pages never show
 * @param current whether it is the session the page is shown in
 */
record SessionView(String reference, ZonedDateTime created, ZonedDateTime lastUsed, String clientAddress,
		String userAgent, boolean current) {

}
