package org.dastan.core.page;

/** Whether readers see a page: a draft is seen only in the admin and its preview. */
public enum PageStatus {

	DRAFT, PUBLISHED

}
