package org.dastan.core.author;

/**
 * A user account an author can be linked to, as a picker lists it.
 */
public record AccountChoice(long id, String username, String displayName) {

}
