package org.dastan.core.wxr;

/** What an import makes, as the report counts it. */
public enum WxrKind {

	ARTICLE, PAGE, AUTHOR, ACCOUNT, SECTION, TOPIC, TAG, IMAGE, REDIRECT

}
