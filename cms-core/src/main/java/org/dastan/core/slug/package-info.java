/**
 * URL slugs: how they are made from titles and names, and what makes one valid.
 */
package org.dastan.core.slug;
