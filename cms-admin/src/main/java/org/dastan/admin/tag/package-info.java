/**
 * The admin's pages for tags and sections: the list, the form, the navigation's order,
 * merging one tag into another and deleting an unused one.
 */
package org.dastan.admin.tag;
