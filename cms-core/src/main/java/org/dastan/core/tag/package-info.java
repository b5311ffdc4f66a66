/**
 * Tags and sections: how articles are grouped, and which groups the navigation shows.
 */
package org.dastan.core.tag;
