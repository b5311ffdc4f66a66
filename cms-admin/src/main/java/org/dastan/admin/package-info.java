/**
 * The admin under {@code /admin}, where staff log in to run the newsroom.
 */
package org.dastan.admin;
