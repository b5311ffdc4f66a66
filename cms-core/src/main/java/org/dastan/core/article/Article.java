package org.dastan.core.article;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import org.dastan.core.author.Author;
import org.dastan.core.html.SanitizedHtml;
import org.dastan.core.media.Media;
import org.dastan.core.search.text.HtmlTextBridge;
import org.dastan.core.search.text.TextAnalyzers;
import org.dastan.core.slug.Slugs;
import org.dastan.core.tag.Tag;

/**
 * A story. Its body only ever holds sanitized HTML; its slug stays reachable after a
 * rename; it is public once published and its publication time has come. Its text is
 * indexed for search in English and Russian; the index follows every save.
 */
@Entity
@Table(name = "articles")
@Audited
@Indexed(index = "articles")
public class Article {

	// Edits within this window of publication count as part of publishing, not as an
	// update readers should see.
	private static final Duration UPDATE_GRACE = Duration.ofMinutes(5);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotBlank
	@Size(max = Slugs.MAX_LENGTH)
	@Pattern(regexp = Slugs.PATTERN)
	private String slug;

	@NotBlank
	@Size(max = 200)
	@FullTextField(name = "title_en", analyzer = TextAnalyzers.ENGLISH)
	@FullTextField(name = "title_ru", analyzer = TextAnalyzers.RUSSIAN)
	private String title;

	@Size(max = 500)
	@FullTextField(name = "standfirst_en", analyzer = TextAnalyzers.ENGLISH, highlightable = Highlightable.UNIFIED)
	@FullTextField(name = "standfirst_ru", analyzer = TextAnalyzers.RUSSIAN, highlightable = Highlightable.UNIFIED)
	private String standfirst;

	@NotNull
	@Size(max = 500_000)
	@FullTextField(name = "body_en", analyzer = TextAnalyzers.ENGLISH, highlightable = Highlightable.UNIFIED,
			valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
	@FullTextField(name = "body_ru", analyzer = TextAnalyzers.RUSSIAN, highlightable = Highlightable.UNIFIED,
			valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
	private String body = "";

	@NotNull
	@Enumerated(EnumType.STRING)
	@KeywordField
	private ArticleStatus status = ArticleStatus.DRAFT;

	@Column(name = "published_at")
	@GenericField(sortable = Sortable.YES)
	private Instant publishedAt;

	@NotNull
	@Column(name = "updated_at")
	private Instant updatedAt = Instant.now();

	@NotNull
	@Column(name = "created_at")
	private Instant createdAt = Instant.now();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "section_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Tag section;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "featured_image_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Media featuredImage;

	@Size(max = 500)
	@Column(name = "image_caption")
	private String imageCaption;

	@Size(max = 200)
	@Column(name = "image_credit")
	private String imageCredit;

	@Size(max = 200)
	@Column(name = "seo_title")
	private String seoTitle;

	@Size(max = 300)
	@Column(name = "seo_description")
	private String seoDescription;

	@PositiveOrZero
	@NotAudited
	@Column(name = "view_count")
	private long viewCount;

	@ManyToMany
	@JoinTable(name = "article_authors", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "author_id"))
	@OrderColumn(name = "position")
	@NotAudited
	@IndexedEmbedded
	// Authors and tags know nothing of their articles, so renaming one does not reindex
	// the articles: they pick up the new name when next saved or reindexed.
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private List<Author> authors = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "article_tags", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@NotAudited
	@IndexedEmbedded
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Tag> tags = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "article_slugs", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "old_slug")
	@NotAudited
	private Set<String> formerSlugs = new HashSet<>();

	// The one-time token of the form that created the article, so that submitting that
	// form twice finds this article instead of making a second one.
	@NotAudited
	@Column(name = "form_token", updatable = false)
	private String formToken;

	@Version
	private Long version;

	protected Article() {
	}

	public Article(String slug, String title) {
		this.slug = slug;
		this.title = title;
	}

	/**
	 * Gives the article a new slug; the old one keeps answering (with a redirect) unless
	 * it is taken back.
	 */
	public void rename(String newSlug) {
		if (newSlug.equals(this.slug)) {
			return;
		}
		this.formerSlugs.add(this.slug);
		this.formerSlugs.remove(newSlug);
		this.slug = newSlug;
	}

	public void writeBody(SanitizedHtml body) {
		this.body = body.html();
	}

	/**
	 * Publishes at the given time: now for immediate publication, later to schedule it.
	 */
	public void publishAt(Instant when) {
		this.status = ArticleStatus.PUBLISHED;
		this.publishedAt = when;
	}

	public void addViews(long views) {
		this.viewCount += views;
	}

	/** An author hands a draft to the editors. */
	public void submitForReview() {
		if (this.status != ArticleStatus.DRAFT) {
			throw new IllegalStateException("Only a draft can be submitted for review");
		}
		this.status = ArticleStatus.IN_REVIEW;
	}

	/** An editor hands an article in review back to its author, as a draft. */
	public void sendBack() {
		if (this.status != ArticleStatus.IN_REVIEW) {
			throw new IllegalStateException("Only an article in review can be sent back");
		}
		this.status = ArticleStatus.DRAFT;
	}

	/** Takes the article off the site and back to the drafts. */
	public void unpublish() {
		this.status = ArticleStatus.DRAFT;
		this.publishedAt = null;
	}

	public void archive() {
		this.status = ArticleStatus.ARCHIVED;
	}

	public void markUpdated(Instant when) {
		this.updatedAt = when;
	}

	public boolean isPublicAt(Instant now) {
		return isPublic(this.status, this.publishedAt, now);
	}

	static boolean isPublic(ArticleStatus status, Instant publishedAt, Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

	public boolean isScheduledAt(Instant now) {
		return this.status == ArticleStatus.PUBLISHED && this.publishedAt != null && this.publishedAt.isAfter(now);
	}

	/**
	 * Whether readers should see an "Updated" line: the article changed well after it was
	 * published.
	 */
	public boolean wasUpdatedAfterPublication() {
		return this.publishedAt != null && this.updatedAt.isAfter(this.publishedAt.plus(UPDATE_GRACE));
	}

	@AssertTrue(message = "{article.section.must-be-section}")
	boolean isSectionASection() {
		return this.section == null || this.section.isSection();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public Set<String> getFormerSlugs() {
		return Set.copyOf(this.formerSlugs);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getStandfirst() {
		return this.standfirst;
	}

	public void setStandfirst(String standfirst) {
		this.standfirst = standfirst;
	}

	public String getBody() {
		return this.body;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Tag getSection() {
		return this.section;
	}

	public void setSection(Tag section) {
		this.section = section;
	}

	public Media getFeaturedImage() {
		return this.featuredImage;
	}

	/**
	 * Sets the featured image with the caption and credit this article shows under it.
	 */
	public void setFeaturedImage(Media image, String caption, String credit) {
		this.featuredImage = image;
		this.imageCaption = caption;
		this.imageCredit = credit;
	}

	public String getImageCaption() {
		return this.imageCaption;
	}

	public String getImageCredit() {
		return this.imageCredit;
	}

	public String getSeoTitle() {
		return this.seoTitle;
	}

	public void setSeoTitle(String seoTitle) {
		this.seoTitle = seoTitle;
	}

	public String getSeoDescription() {
		return this.seoDescription;
	}

	public void setSeoDescription(String seoDescription) {
		this.seoDescription = seoDescription;
	}

	public long getViewCount() {
		return this.viewCount;
	}

	public List<Author> getAuthors() {
		return List.copyOf(this.authors);
	}

	public void setAuthors(List<Author> authors) {
		this.authors = new ArrayList<>(authors);
	}

	public Set<Tag> getTags() {
		return Set.copyOf(this.tags);
	}

	public void setTags(Set<Tag> tags) {
		this.tags = new HashSet<>(tags);
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public Long getVersion() {
		return this.version;
	}

}
