package org.dastan.core.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.cache.ContentKeys;
import org.dastan.core.cache.ContentKey;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.slug.Slugs;
import org.dastan.core.tag.internal.TagRepository;
import org.dastan.core.tag.model.Tag;

/**
 * The newsroom's rules for keeping tags and sections: unique names and slugs, old
 * addresses that keep working after a rename or a merge, and no article left without its
 * tag. Every change is announced ({@link TagChanged}, {@link TagsMerged}), so that search
 * and caches can follow.
 */
@Service
@Transactional
public class TagService {

	/** The longest slug the tags table holds. */
	public static final int MAX_SLUG_LENGTH = 120;

	private final TagRepository tags;

	private final TagUsage usage;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	TagService(TagRepository tags, TagUsage usage, EntityManager entityManager, ApplicationEventPublisher events) {
		this.tags = tags;
		this.usage = usage;
		this.entityManager = entityManager;
		this.events = events;
	}

	/** Every tag by name, with how many articles use it. */
	@Transactional(readOnly = true)
	public List<TagSummary> list() {
		Map<Long, Long> counts = this.usage.countByTag();
		return this.tags.findAllByOrderByName()
			.stream()
			.map((tag) -> TagSummary.of(tag, counts.getOrDefault(tag.getId(), 0L)))
			.toList();
	}

	/** The tags the masthead shows, in its order. */
	@Transactional(readOnly = true)
	public List<TagView> navigation() {
		ContentKeys.touch(ContentKey.NAVIGATION);
		return this.tags.findNavigationWithFormerSlugs().stream().map(TagView::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<TagView> find(long id) {
		return this.tags.findWithFormerSlugsById(id).map(TagView::of);
	}

	/**
	 * The tag at this address, or else the tag that gave the slug up by a rename or a
	 * merge: then its slug differs from the one asked for, and public pages redirect.
	 */
	@Transactional(readOnly = true)
	public Optional<TagView> findBySlug(String slug) {
		Optional<TagView> tag = this.tags.findWithFormerSlugsBySlug(slug)
			.or(() -> this.tags.findByFormerSlug(slug))
			.map(TagView::of);
		tag.ifPresent((found) -> ContentKeys.touch(ContentKey.tag(found.id())));
		return tag;
	}

	@Transactional(readOnly = true)
	public TagSummary summary(long id) {
		return TagSummary.of(get(id), this.usage.countUsing(id));
	}

	/** The sections or the topics by name, as choices for a form. */
	@Transactional(readOnly = true)
	public List<TagRef> ofKind(TagKind kind) {
		return refs(this.tags.findByKindOrderByName(kind));
	}

	/** Every tag by name, as choices for a form. */
	@Transactional(readOnly = true)
	public List<TagRef> all() {
		return refs(this.tags.findAllByOrderByName());
	}

	/** The tags with these current slugs, by name; other slugs are left out. */
	@Transactional(readOnly = true)
	public List<TagRef> findRefsBySlugs(Collection<String> slugs) {
		return slugs.isEmpty() ? List.of() : refs(this.tags.findBySlugInOrderByName(slugs));
	}

	/** The tags with these ids, by name; unknown ids are left out. */
	@Transactional(readOnly = true)
	public List<TagRef> findRefs(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : refs(this.tags.findByIdInOrderByName(ids));
	}

	/**
	 * The entity, for other core features whose entities map tags (an article's section
	 * and tags). Web and admin read the records above.
	 */
	@Transactional(readOnly = true)
	public Optional<Tag> findModel(long id) {
		return this.tags.findById(id);
	}

	/**
	 * The tag of that name, whatever the case, or a new topic: what an editor typed in an
	 * article's tags. A new topic's slug follows the same rule as a tag made in the tag
	 * form (former slugs of other tags are taken, cut to {@link #MAX_SLUG_LENGTH}).
	 * @throws RejectedEditException on the {@code tags} field: a name without letters or
	 * digits
	 */
	public Tag findOrCreateTopic(String name) {
		String stripped = name.strip();
		return this.tags.findByNameIgnoreCase(stripped).orElseGet(() -> {
			if (Slugs.from(stripped).isEmpty()) {
				throw new RejectedEditException("tags", "desk.tag.invalid");
			}
			return add(new TagDraft(stripped, null, null, TagKind.TOPIC, false));
		});
	}

	public TagView create(TagDraft draft) {
		checkNameIsFree(draft.name().strip(), null);
		return TagView.of(add(draft));
	}

	/**
	 * Saves the draft over the tag if nobody saved it since the given version. A new slug
	 * keeps the old one leading here.
	 */
	public TagView update(long id, long version, TagDraft draft) {
		Tag tag = get(id);
		if (tag.getVersion() != version) {
			throw new StaleEditException(tag.getVersion());
		}
		String name = draft.name().strip();
		checkNameIsFree(name, tag);
		if (tag.isSection() && draft.kind() == TagKind.TOPIC) {
			long owned = this.usage.countInSection(id);
			if (owned > 0) {
				throw new RejectedEditException("kind", "rule.tag.section-owns-articles", tag.getName(), owned);
			}
		}
		String slug = slugFor(draft, tag);
		boolean renamed = !name.equals(tag.getName()) || !slug.equals(tag.getSlug());
		boolean wasShown = tag.getNavPosition() != null;
		TagKind kind = tag.getKind();
		tag.rename(slug);
		tag.setName(name);
		tag.setKind(Objects.requireNonNull(draft.kind()));
		apply(draft, tag);
		boolean shown = tag.getNavPosition() != null;
		changed(tag, renamed, wasShown != shown || (shown && (renamed || kind != tag.getKind())));
		// The new version, for the form that saves next.
		this.entityManager.flush();
		return TagView.of(tag);
	}

	/** Deletes a tag no article uses; a used one can be merged into another instead. */
	public void delete(long id) {
		Tag tag = get(id);
		long used = this.usage.countUsing(id);
		if (used > 0) {
			throw new RejectedEditException(null, "rule.tag.in-use", tag.getName(), used);
		}
		this.tags.delete(tag);
		changed(tag, false, tag.getNavPosition() != null);
	}

	/**
	 * Merges one tag into another: every article that carries the first carries the
	 * second (once), its section's articles move to the second, the first tag's slugs
	 * lead to the second, and the first is deleted. A section that owns articles merges
	 * only into a section.
	 */
	public TagView merge(long sourceId, long targetId) {
		if (sourceId == targetId) {
			throw new RejectedEditException("target", "rule.tag.merge-into-itself");
		}
		Tag source = get(sourceId);
		Tag target = get(targetId);
		long inSection = this.usage.countInSection(sourceId);
		if (inSection > 0 && !target.isSection()) {
			throw new RejectedEditException("target", "rule.tag.merge-section-into-topic", source.getName(),
					target.getName(), inSection);
		}
		this.usage.moveArticles(source, target);
		Set<String> slugs = source.releaseSlugs();
		this.tags.delete(source);
		// The old slugs leave the source's rows before they join the target's.
		this.entityManager.flush();
		target.adoptSlugs(slugs);
		merged(source, target);
		return TagView.of(target);
	}

	/** Moves a tag one place earlier in the masthead. */
	public void moveUp(long id) {
		move(id, -1);
	}

	/** Moves a tag one place later in the masthead. */
	public void moveDown(long id) {
		move(id, 1);
	}

	private void move(long id, int step) {
		Tag tag = get(id);
		List<Tag> order = new ArrayList<>(this.tags.findByNavPositionNotNullOrderByNavPositionAscNameAsc());
		int from = order.indexOf(tag);
		int to = from + step;
		if (from < 0 || to < 0 || to >= order.size()) {
			return;
		}
		Collections.swap(order, from, to);
		for (int i = 0; i < order.size(); i++) {
			if (!Objects.equals(order.get(i).getNavPosition(), i + 1)) {
				order.get(i).setNavPosition(i + 1);
			}
		}
		changed(tag, false, true);
	}

	private Tag add(TagDraft draft) {
		Tag tag = new Tag(slugFor(draft, null), draft.name().strip(), Objects.requireNonNull(draft.kind()));
		apply(draft, tag);
		tag = this.tags.save(tag);
		changed(tag, false, tag.getNavPosition() != null);
		return tag;
	}

	private void apply(TagDraft draft, Tag tag) {
		tag.setDescription(
				(draft.description() == null || draft.description().isBlank()) ? null : draft.description().strip());
		if (!draft.inNavigation()) {
			tag.setNavPosition(null);
		}
		else if (tag.getNavPosition() == null) {
			tag.setNavPosition(this.tags.findLastNavPosition() + 1);
		}
	}

	private void changed(Tag tag, boolean renamed, boolean navigation) {
		this.events.publishEvent(new TagChanged(tag.getId(), renamed, navigation));
	}

	private void merged(Tag source, Tag target) {
		this.events.publishEvent(new TagsMerged(source.getId(), target.getId()));
	}

	private void checkNameIsFree(String name, Tag self) {
		Optional<Tag> holder = this.tags.findByNameIgnoreCase(name).filter((other) -> other != self);
		if (holder.isPresent()) {
			throw new RejectedEditException("name", "rule.tag.name-taken", holder.get().getName());
		}
	}

	// Slugs other tags gave up still lead to them, so they count as taken.
	private String slugFor(TagDraft draft, Tag self) {
		return Slugs.choose(draft.slug(), draft.name(), "tag", MAX_SLUG_LENGTH, (slug) -> isTaken(slug, self));
	}

	private boolean isTaken(String slug, Tag self) {
		return Stream.of(this.tags.findBySlug(slug), this.tags.findByFormerSlug(slug))
			.flatMap(Optional::stream)
			.anyMatch((holder) -> holder != self);
	}

	private static List<TagRef> refs(List<Tag> tags) {
		return tags.stream().map(TagRef::of).toList();
	}

	private Tag get(long id) {
		return this.tags.findById(id).orElseThrow(() -> new EntityNotFoundException("No tag " + id));
	}

}
