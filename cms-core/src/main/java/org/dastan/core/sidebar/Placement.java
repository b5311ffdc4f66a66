package org.dastan.core.sidebar;

/**
 * Which pages a sidebar widget shows on: all of them, or one kind of page.
 */
public enum Placement {

	ALL, HOME, ARTICLE, SECTION, TAG, AUTHOR

}
