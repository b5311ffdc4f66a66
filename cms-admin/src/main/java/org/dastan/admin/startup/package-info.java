/**
 * How the jar starts quickly: the training run the build records class data sharing from.
 */
package org.dastan.admin.startup;
