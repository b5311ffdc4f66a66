/**
 * The editorial desk: writing, saving and moving articles through their statuses, with
 * who may do what.
 */
package org.dastan.core.article.desk;
