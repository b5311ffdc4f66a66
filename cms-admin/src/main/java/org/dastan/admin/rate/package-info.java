/**
 * The rates desk: the currencies the ticker shows and their order, each currency's rate
 * history with corrections by hand, and the import log with "import now".
 */
package org.dastan.admin.rate;
