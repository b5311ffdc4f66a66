package org.dastan.core.article.revision;

/**
 * What a revision did to its article, for the history list.
 */
public enum RevisionKind {

	/** The first save. */
	CREATED,

	/** A save that changed content but not the status or publication time. */
	EDITED,

	/** A save that changed the status or the publication time. */
	STATUS_CHANGED,

	/** A restore of an older revision. */
	RESTORED

}
