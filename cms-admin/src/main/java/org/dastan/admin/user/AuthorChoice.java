package org.dastan.admin.user;

/**
 * A byline an account can be linked to, as the user form lists it.
 */
record AuthorChoice(long id, String name) {

}
