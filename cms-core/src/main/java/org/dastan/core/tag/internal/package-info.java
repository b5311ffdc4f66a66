/**
 * The tags' own table and its queries. Internal to the tag module; other features go
 * through the module's API.
 */
package org.dastan.core.tag.internal;
