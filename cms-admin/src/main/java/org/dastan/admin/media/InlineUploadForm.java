package org.dastan.admin.media;

/**
 * What the body editor sends when an image file is dropped or pasted into a text: the
 * upload form's fields, with the alt text named {@code alt} as in the editor's JSON.
 */
class InlineUploadForm extends UploadForm {

	/** The request parameter the alt text arrives in, and the field its errors name. */
	static final String ALT = "alt";

	public String getAlt() {
		return getAltText();
	}

	public void setAlt(String alt) {
		setAltText(alt);
	}

}
