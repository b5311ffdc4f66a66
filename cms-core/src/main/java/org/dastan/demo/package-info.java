/**
 * The demo newsroom: invented articles, authors, sections, rates and widgets seeded into
 * an empty database when {@code dastan.demo.enabled} is on. It lives beside the domain
 * ({@code org.dastan.core}), not in it, and writes only through the feature modules'
 * APIs, as an importer would; {@code ModularityTests} holds it to that.
 */
package org.dastan.demo;
