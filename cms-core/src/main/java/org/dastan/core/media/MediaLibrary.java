package org.dastan.core.media;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.dastan.core.media.internal.DecodedImage;
import org.dastan.core.media.internal.DecodingBudget;
import org.dastan.core.media.internal.ImageDecoder;
import org.dastan.core.media.internal.MediaRepository;
import org.dastan.core.media.internal.StoredFormat;
import org.dastan.core.media.model.Media;

/**
 * The newsroom's pictures: uploads checked and re-encoded before they are stored, their
 * descriptions, search, and deletion of those no page shows; a change to a stored image
 * is announced as {@link MediaChanged}. Pages and forms read records ({@link MediaView},
 * {@link ImageRef}, {@link ImageChoice}); only other features' services that attach an
 * image to their own entities get the entity, from {@link #find(long)}.
 */
@Service
@EnableConfigurationProperties(MediaProperties.class)
public class MediaLibrary {

	private static final int MAX_NAME_LENGTH = 255;

	private final MediaRepository media;

	private final MediaStorage storage;

	private final MediaProperties properties;

	private final DecodingBudget budget;

	private final ApplicationEventPublisher events;

	MediaLibrary(MediaRepository media, MediaStorage storage, MediaProperties properties, DecodingBudget budget,
			ApplicationEventPublisher events) {
		this.media = media;
		this.storage = storage;
		this.properties = properties;
		this.budget = budget;
		this.events = events;
	}

	public MediaProperties limits() {
		return this.properties;
	}

	/**
	 * Decodes the upload, stores it re-encoded under a new name with its variants, and
	 * saves its entry. Decoding runs outside any transaction, so that no database
	 * connection waits on it, and only within the decoding budget, so that a few large
	 * pictures at once cannot exhaust the memory.
	 * @throws RejectedImageException if the file is not an image the library takes
	 * @throws MediaBusyException if other uploads took the decoding budget for longer
	 * than the configured wait
	 */
	public MediaView upload(ImageUpload upload) {
		if (upload.bytes().length > this.properties.maxUploadSize().toBytes()) {
			throw new RejectedImageException(RejectedImageException.Reason.TOO_LARGE);
		}
		return MediaView.of(save(decodeAndStore(upload), upload.description(), originalName(upload.originalName())));
	}

	/**
	 * Stores pictures the server makes itself (the demo newsroom's), which need none of
	 * an upload's checks, as JPEG with their variants. They are painted and encoded on
	 * the common pool besides the calling thread (on two cores, half the time: it is most
	 * of a first start with the demo); their entries are saved on the calling thread, in
	 * its transaction, in the given order.
	 * @return the saved images, in the given order
	 */
	public List<MediaView> storeAll(List<MadePicture> pictures) {
		List<Media> stored = pictures.parallelStream()
			.map((picture) -> this.storage.store(picture.painter().get(), StoredFormat.JPEG,
					picture.description().altText()))
			.toList();
		List<MediaView> saved = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			saved.add(MediaView.of(save(stored.get(i), pictures.get(i).description(), null)));
		}
		return saved;
	}

	private Media decodeAndStore(ImageUpload upload) {
		long maxPixels = this.properties.maxPixels();
		int maxEdge = this.properties.maxEdge();
		try (DecodingBudget.Reservation reservation = this.budget
			.reserve(ImageDecoder.pixelsHeld(upload.bytes(), maxPixels, maxEdge))) {
			DecodedImage image = ImageDecoder.decode(upload.bytes(), maxPixels, maxEdge);
			return this.storage.store(image.image(), image.format(), upload.description().altText());
		}
	}

	// The files are written before the entry: if the entry cannot be saved, nothing may
	// keep them.
	private Media save(Media stored, MediaDescription description, String originalName) {
		stored.describe(description);
		stored.setOriginalName(originalName);
		try {
			return this.media.save(stored);
		}
		catch (RuntimeException ex) {
			this.storage.delete(stored);
			throw ex;
		}
	}

	/**
	 * The image as an entity, for other features' services that attach it to their own
	 * entities (an article's featured image, an author's photo). Pages and forms read
	 * {@link #view(long)} instead.
	 */
	@Transactional(readOnly = true)
	public Optional<Media> find(long id) {
		return this.media.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<MediaView> view(long id) {
		return this.media.findById(id).map(MediaView::of);
	}

	@Transactional(readOnly = true)
	public Optional<ImageRef> findImage(long id) {
		return this.media.findById(id).map(ImageRef::of);
	}

	@Transactional(readOnly = true)
	public Optional<ImageRef> findImage(String fileName) {
		return this.media.findByFileName(fileName).map(ImageRef::of);
	}

	/**
	 * The stored images of the given file names, keyed by file name, in one query: a page
	 * uses it to learn the sizes and variants of the pictures in a text. Names the
	 * library does not know are left out.
	 */
	@Transactional(readOnly = true)
	public Map<String, ImageRef> findImages(Collection<String> fileNames) {
		if (fileNames.isEmpty()) {
			return Map.of();
		}
		return this.media.findByFileNameIn(Set.copyOf(fileNames))
			.stream()
			.collect(Collectors.toMap(Media::getFileName, ImageRef::of));
	}

	/**
	 * What a picture field offers: the newest images, and the one already chosen when it
	 * is older than those, so that saving the form again keeps it.
	 * @param chosen the image the field holds now, if any
	 */
	@Transactional(readOnly = true)
	public List<ImageChoice> choices(int newest, Long chosen) {
		List<Media> images = new ArrayList<>(
				this.media.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(0, newest)).getContent());
		if (chosen != null && images.stream().noneMatch((image) -> image.getId().equals(chosen))) {
			this.media.findById(chosen).ifPresent(images::add);
		}
		return images.stream()
			.map((image) -> new ImageChoice(image.getId(), image.getAltText(), image.getFileName()))
			.toList();
	}

	/**
	 * Images whose alt text, caption, credit or file name contain the query, ignoring
	 * case; all images when the query is blank. Newest first.
	 */
	@Transactional(readOnly = true)
	public Page<MediaView> search(String query, Pageable pageable) {
		String text = (query != null) ? query.strip() : "";
		if (text.isEmpty()) {
			return this.media.findAllByOrderByCreatedAtDescIdDesc(pageable).map(MediaView::of);
		}
		String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return this.media.search("%" + escaped + "%", pageable).map(MediaView::of);
	}

	/**
	 * Changes the texts and the focal point of an image, unless someone else changed it
	 * since the editor opened it.
	 * @return the changed image, or empty if it no longer exists
	 * @throws OptimisticLockingFailureException if the image changed since the editor
	 * opened it
	 */
	@Transactional
	public Optional<MediaView> describe(DescribeImage command) {
		return this.media.findById(command.id()).map((image) -> {
			if (!Objects.equals(image.getVersion(), command.openedVersion())) {
				throw new OptimisticLockingFailureException(
						"Image " + command.id() + " changed since version " + command.openedVersion());
			}
			image.describe(command.description());
			image.focusOn(command.focus());
			// Flushed first, so that the view carries the new version.
			MediaView changed = MediaView.of(this.media.saveAndFlush(image));
			changed(command.id());
			return changed;
		});
	}

	/**
	 * Deletes an image and, once that is committed, its files. Nothing happens if it is
	 * already gone.
	 * @throws MediaInUseException while an article or author shows it
	 */
	@Transactional
	public void delete(long id) {
		Optional<Media> found = this.media.findById(id);
		if (found.isEmpty()) {
			return;
		}
		Media image = found.get();
		String name = image.getFileName();
		String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		List<String> articles = this.media.findArticleTitlesShowing(id, "%/media/" + stem + "%");
		List<String> authors = this.media.findAuthorNamesShowing(id);
		if (!articles.isEmpty() || !authors.isEmpty()) {
			throw new MediaInUseException(articles, authors);
		}
		this.media.delete(image);
		this.media.flush();
		changed(id);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				MediaLibrary.this.storage.delete(image);
			}

		});
	}

	private void changed(long id) {
		this.events.publishEvent(new MediaChanged(id));
	}

	// Browsers may send a full path (C:\fakepath\photo.jpg); keep the last part only, and
	// no control characters.
	private static String originalName(String name) {
		if (name == null) {
			return null;
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String clean = last.replaceAll("\\p{Cntrl}", "").strip();
		if (clean.isEmpty()) {
			return null;
		}
		return (clean.length() > MAX_NAME_LENGTH) ? clean.substring(0, MAX_NAME_LENGTH) : clean;
	}

}
