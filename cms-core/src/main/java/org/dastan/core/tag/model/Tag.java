package org.dastan.core.tag.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

import org.dastan.core.text.LatinTextBridge;
import org.dastan.core.text.TextAnalyzers;
import org.dastan.core.slug.Slugs;
import org.dastan.core.tag.TagKind;

/**
 * A section or topic. Tags with a navigation position appear in the masthead, in that
 * order. Slugs a tag gave up, by a rename or by a merge into it, keep leading to it.
 */
@Entity
@Table(name = "tags")
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotBlank
	@Size(max = 120)
	@Pattern(regexp = Slugs.PATTERN)
	private String slug;

	@NotBlank
	@Size(max = 120)
	@FullTextField(name = "name_en", analyzer = TextAnalyzers.ENGLISH, searchAnalyzer = TextAnalyzers.ENGLISH_SEARCH)
	@FullTextField(name = "name_ru", analyzer = TextAnalyzers.RUSSIAN, searchAnalyzer = TextAnalyzers.RUSSIAN_SEARCH)
	@FullTextField(name = "name_latin", analyzer = TextAnalyzers.LATIN, searchAnalyzer = TextAnalyzers.LATIN_SEARCH,
			valueBridge = @ValueBridgeRef(type = LatinTextBridge.class))
	private String name;

	@Size(max = 1000)
	private String description;

	@NotNull
	@Enumerated(EnumType.STRING)
	private TagKind kind;

	@PositiveOrZero
	@Column(name = "nav_position")
	private Integer navPosition;

	@ElementCollection
	@CollectionTable(name = "tag_slugs", joinColumns = @JoinColumn(name = "tag_id"))
	@Column(name = "old_slug")
	private Set<String> formerSlugs = new HashSet<>();

	@Version
	private Long version;

	protected Tag() {
	}

	public Tag(String slug, String name, TagKind kind) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	/**
	 * Gives the tag a new slug; the old one keeps leading here unless it is taken back.
	 */
	public void rename(String newSlug) {
		if (newSlug.equals(this.slug)) {
			return;
		}
		this.formerSlugs.add(this.slug);
		this.formerSlugs.remove(newSlug);
		this.slug = newSlug;
	}

	/**
	 * Hands this tag's current and former slugs over to the tag it is merged into. They
	 * are taken from this tag first, so the caller flushes before the other one adopts
	 * them (see {@link #adoptSlugs(Set)}).
	 */
	public Set<String> releaseSlugs() {
		Set<String> released = new HashSet<>(this.formerSlugs);
		released.add(this.slug);
		this.formerSlugs.clear();
		return released;
	}

	/** Makes the slugs of a tag merged into this one lead here. */
	public void adoptSlugs(Set<String> slugs) {
		this.formerSlugs.addAll(slugs);
		this.formerSlugs.remove(this.slug);
	}

	public Set<String> getFormerSlugs() {
		return Set.copyOf(this.formerSlugs);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public TagKind getKind() {
		return this.kind;
	}

	public void setKind(TagKind kind) {
		this.kind = kind;
	}

	public boolean isSection() {
		return this.kind == TagKind.SECTION;
	}

	public Integer getNavPosition() {
		return this.navPosition;
	}

	/**
	 * Shows the tag in the navigation at the given position, or hides it with
	 * {@code null}.
	 */
	public void setNavPosition(Integer navPosition) {
		this.navPosition = navPosition;
	}

	public Long getVersion() {
		return this.version;
	}

}
