/**
 * The editorial desk: writing, saving and moving articles through their statuses, with
 * who may do what. A named interface of the article module, for the admin.
 */
@NamedInterface("desk")
package org.dastan.core.article.desk;

import org.springframework.modulith.NamedInterface;
