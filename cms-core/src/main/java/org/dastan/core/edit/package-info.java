/**
 * How services turn down an edit: a broken rule named by a message key, or a save over
 * someone else's newer one.
 */
package org.dastan.core.edit;
