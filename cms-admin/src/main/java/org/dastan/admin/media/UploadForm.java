package org.dastan.admin.media;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the upload form sends: the file and the words that go with it.
 */
class UploadForm extends ImageTexts {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
