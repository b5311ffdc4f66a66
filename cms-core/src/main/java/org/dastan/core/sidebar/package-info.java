/**
 * The sidebar: widgets editors place, order and switch on or off, and what each shows on
 * a page.
 */
package org.dastan.core.sidebar;
