/**
 * The authors' repository. Internal to the author module; other features go through the
 * module's API.
 */
package org.dastan.core.author.internal;
