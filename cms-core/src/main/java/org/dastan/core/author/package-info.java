/**
 * Authors: the bylines on articles, with their photos, job titles and bios.
 */
package org.dastan.core.author;
