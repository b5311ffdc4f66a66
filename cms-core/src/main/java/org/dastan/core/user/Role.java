package org.dastan.core.user;

/**
 * What a user may do: admins manage users, editors run all content, authors write their
 * own drafts.
 */
public enum Role {

	ADMIN, EDITOR, AUTHOR

}
