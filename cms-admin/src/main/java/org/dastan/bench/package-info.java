/**
 * The benchmark's dataset generator: fills a database with published articles through the
 * application's own model, then exits.
 */
package org.dastan.bench;
