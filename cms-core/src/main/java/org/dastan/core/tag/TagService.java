package org.dastan.core.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.model.Article;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.slug.Slugs;

/**
 * The newsroom's rules for keeping tags and sections: unique names and slugs, old
 * addresses that keep working after a rename or a merge, no article left without its tag,
 * and a search index that follows a new name.
 */
@Service
@Transactional
public class TagService {

	/** The longest slug the tags table holds. */
	public static final int MAX_SLUG_LENGTH = 120;

	private final TagRepository tags;

	private final TagArticles articles;

	private final EntityManager entityManager;

	TagService(TagRepository tags, TagArticles articles, EntityManager entityManager) {
		this.tags = tags;
		this.articles = articles;
		this.entityManager = entityManager;
	}

	/** Every tag by name, with how many articles use it. */
	@Transactional(readOnly = true)
	public List<TagSummary> list() {
		return summaries(this.tags.findAllByOrderByName());
	}

	/** The tags the masthead shows, in its order. */
	@Transactional(readOnly = true)
	public List<TagSummary> navigation() {
		return summaries(navigationOrder());
	}

	/** The tag with its former slugs. */
	@Transactional(readOnly = true)
	public Optional<Tag> find(long id) {
		return this.tags.findWithFormerSlugsById(id);
	}

	@Transactional(readOnly = true)
	public TagSummary summary(long id) {
		Tag tag = get(id);
		return TagSummary.of(tag, this.articles.countUsing(tag));
	}

	public Tag create(TagDraft draft) {
		String name = draft.name().strip();
		checkNameIsFree(name, null);
		Tag tag = new Tag(slugFor(draft, null), name, Objects.requireNonNull(draft.kind()));
		apply(draft, tag);
		return this.tags.save(tag);
	}

	/**
	 * Saves the draft over the tag if nobody saved it since the given version. A new slug
	 * keeps the old one leading here; a new name is reindexed for search at once.
	 */
	public Tag update(long id, long version, TagDraft draft) {
		Tag tag = get(id);
		if (tag.getVersion() != version) {
			throw new StaleEditException(tag.getVersion());
		}
		String name = draft.name().strip();
		checkNameIsFree(name, tag);
		if (tag.isSection() && draft.kind() == TagKind.TOPIC) {
			long owned = this.articles.countInSection(tag);
			if (owned > 0) {
				throw new RejectedEditException("kind", "rule.tag.section-owns-articles", tag.getName(), owned);
			}
		}
		boolean renamed = !name.equals(tag.getName());
		tag.rename(slugFor(draft, tag));
		tag.setName(name);
		tag.setKind(Objects.requireNonNull(draft.kind()));
		apply(draft, tag);
		if (renamed) {
			reindex(this.articles.findCarrying(tag));
		}
		return tag;
	}

	/** Deletes a tag no article uses; a used one can be merged into another instead. */
	public void delete(long id) {
		Tag tag = get(id);
		long used = this.articles.countUsing(tag);
		if (used > 0) {
			throw new RejectedEditException(null, "rule.tag.in-use", tag.getName(), used);
		}
		this.tags.delete(tag);
	}

	/**
	 * Merges one tag into another: every article that carries the first carries the
	 * second (once), its section's articles move to the second, the first tag's slugs
	 * lead to the second, and the first is deleted. A section that owns articles merges
	 * only into a section.
	 */
	public Tag merge(long sourceId, long targetId) {
		if (sourceId == targetId) {
			throw new RejectedEditException("target", "rule.tag.merge-into-itself");
		}
		Tag source = get(sourceId);
		Tag target = get(targetId);
		List<Article> inSection = this.articles.findInSection(source);
		if (!inSection.isEmpty() && !target.isSection()) {
			throw new RejectedEditException("target", "rule.tag.merge-section-into-topic", source.getName(),
					target.getName(), inSection.size());
		}
		inSection.forEach((article) -> article.placeIn(target));
		List<Article> carrying = this.articles.findCarrying(source);
		for (Article article : carrying) {
			Set<Tag> tags = new HashSet<>(article.getTags());
			tags.remove(source);
			tags.add(target);
			article.tagWith(tags);
		}
		Set<String> slugs = source.releaseSlugs();
		this.tags.delete(source);
		// The old slugs leave the source's rows before they join the target's.
		this.entityManager.flush();
		target.adoptSlugs(slugs);
		reindex(carrying);
		return target;
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
		List<Tag> order = new ArrayList<>(navigationOrder());
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
	}

	private List<Tag> navigationOrder() {
		return this.tags.findByNavPositionNotNullOrderByNavPositionAscNameAsc();
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

	private List<TagSummary> summaries(List<Tag> tags) {
		Map<Long, Long> counts = new HashMap<>();
		Stream.concat(this.articles.countCarrying().stream(), this.articles.countOnlyInSection().stream())
			.forEach((row) -> counts.merge((Long) row[0], (Long) row[1], Long::sum));
		return tags.stream().map((tag) -> TagSummary.of(tag, counts.getOrDefault(tag.getId(), 0L))).toList();
	}

	private Tag get(long id) {
		return this.tags.findById(id).orElseThrow(() -> new EntityNotFoundException("No tag " + id));
	}

	// Articles embed their tags' and authors' names in the index but are not reindexed
	// when those change by themselves (see Article#tags).
	private void reindex(Collection<Article> articles) {
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		articles.forEach(plan::addOrUpdate);
	}

}
