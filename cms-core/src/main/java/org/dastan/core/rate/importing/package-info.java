/**
 * Imports the central banks' rates: fetches each configured feed, stores what it parses
 * in one transaction per source, logs every run, and runs on a schedule once across
 * nodes.
 */
package org.dastan.core.rate.importing;
