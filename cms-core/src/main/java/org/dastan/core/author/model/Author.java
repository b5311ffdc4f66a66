package org.dastan.core.author.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

import org.dastan.core.media.model.Media;
import org.dastan.core.text.LatinTextBridge;
import org.dastan.core.text.TextAnalyzers;
import org.dastan.core.slug.Slugs;

/**
 * A byline. An author may have a user account to log in with, but need not: guest writers
 * are authors too.
 */
@Entity
@Table(name = "authors")
public class Author {

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

	@Size(max = 120)
	@Column(name = "job_title")
	private String jobTitle;

	@Size(max = 2000)
	private String bio;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "photo_id")
	private Media photo;

	// The user module's account, by id: its entity is the module's own.
	@Column(name = "user_id")
	private Long userId;

	private boolean active = true;

	@Version
	private Long version;

	protected Author() {
	}

	public Author(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getBio() {
		return this.bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	public Media getPhoto() {
		return this.photo;
	}

	public void setPhoto(Media photo) {
		this.photo = photo;
	}

	/** The id of the user account the author logs in with, or {@code null}. */
	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	/**
	 * Whether the author may go on new bylines. Inactive authors keep their articles and
	 * their page.
	 */
	public boolean isActive() {
		return this.active;
	}

	public void deactivate() {
		this.active = false;
	}

	public void reactivate() {
		this.active = true;
	}

	public Long getVersion() {
		return this.version;
	}

}
