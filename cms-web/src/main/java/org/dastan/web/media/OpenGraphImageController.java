package org.dastan.web.media;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.dastan.core.media.ImageRef;
import org.dastan.core.media.MediaLibrary;
import org.dastan.core.media.MediaStorage;
import org.dastan.web.error.NotFoundException;

/**
 * The picture social sites show for an article: the featured image cut to their 1200×630
 * shape around the editor's focal point. Made when asked, which is rarely (crawlers, and
 * the edge keeps it); the address carries the focal point, so moving it gives a new one.
 */
@Controller
class OpenGraphImageController {

	private final MediaLibrary library;

	private final MediaStorage storage;

	OpenGraphImageController(MediaLibrary library, MediaStorage storage) {
		this.library = library;
		this.storage = storage;
	}

	@GetMapping("/media/og/{file}")
	ResponseEntity<byte[]> image(@PathVariable String file) throws IOException {
		ImageRef image = this.library.findImages(List.of(file)).get(file);
		if (image == null) {
			throw new NotFoundException("Image " + file);
		}
		OpenGraphImage card = OpenGraphImage.of(image);
		try {
			byte[] jpeg = this.storage.crop(file, card.region(), card.width(), card.height());
			return ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.body(jpeg);
		}
		catch (NoSuchFileException ex) {
			throw new NotFoundException("Image file " + file);
		}
	}

}
