package org.dastan.core.article.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hibernate.Hibernate;
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

import org.dastan.core.author.model.Author;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.dastan.core.article.ArticleChanged;
import org.dastan.core.article.ArticlePart;
import org.dastan.core.article.ArticlePublished;
import org.dastan.core.article.ArticleRefs;
import org.dastan.core.article.ArticleStateException;
import org.dastan.core.article.ArticleStatus;
import org.dastan.core.article.ArticleUnpublished;
import org.dastan.core.article.PublicArticleRule;
import org.dastan.core.article.StatusChange;
import org.dastan.core.html.SanitizedHtml;
import org.dastan.core.media.model.Media;
import org.dastan.core.text.HtmlTextBridge;
import org.dastan.core.text.LatinHtmlTextBridge;
import org.dastan.core.text.LatinTextBridge;
import org.dastan.core.text.TextAnalyzers;
import org.dastan.core.slug.Slugs;
import org.dastan.core.tag.model.Tag;

/**
 * A story. Its body only ever holds sanitized HTML; its slug stays reachable after a
 * rename; it is public once published and its publication time has come. Its text is
 * indexed for search in English and Russian; the index follows every save.
 * <p>
 * Each save through the repository announces what it changed for readers, judged at the
 * time of the edit ({@link #markUpdated} or the transition's {@code now}):
 * {@link ArticlePublished} when the article became public, {@link ArticleUnpublished}
 * when it left the site, otherwise one {@link ArticleChanged} with every part the edits
 * changed, or nothing when they changed nothing.
 */
@Entity
@Table(name = "articles")
@Audited
// The index's name changes with its fields or analyzers, so that an existing installation
// starts with an empty index, which SearchIndexBuilder rebuilds from the database.
@Indexed(index = "articles-2")
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
	@FullTextField(name = "title_en", analyzer = TextAnalyzers.ENGLISH, searchAnalyzer = TextAnalyzers.ENGLISH_SEARCH)
	@FullTextField(name = "title_ru", analyzer = TextAnalyzers.RUSSIAN, searchAnalyzer = TextAnalyzers.RUSSIAN_SEARCH)
	@FullTextField(name = "title_latin", analyzer = TextAnalyzers.LATIN, searchAnalyzer = TextAnalyzers.LATIN_SEARCH,
			valueBridge = @ValueBridgeRef(type = LatinTextBridge.class))
	@FullTextField(name = "title_joined", analyzer = TextAnalyzers.LATIN_JOINED, searchAnalyzer = TextAnalyzers.LATIN,
			valueBridge = @ValueBridgeRef(type = LatinTextBridge.class))
	private String title;

	@Size(max = 500)
	@FullTextField(name = "standfirst_en", analyzer = TextAnalyzers.ENGLISH,
			searchAnalyzer = TextAnalyzers.ENGLISH_SEARCH, highlightable = Highlightable.UNIFIED)
	@FullTextField(name = "standfirst_ru", analyzer = TextAnalyzers.RUSSIAN,
			searchAnalyzer = TextAnalyzers.RUSSIAN_SEARCH, highlightable = Highlightable.UNIFIED)
	@FullTextField(name = "standfirst_latin", analyzer = TextAnalyzers.LATIN,
			searchAnalyzer = TextAnalyzers.LATIN_SEARCH, valueBridge = @ValueBridgeRef(type = LatinTextBridge.class))
	@FullTextField(name = "standfirst_joined", analyzer = TextAnalyzers.LATIN_JOINED,
			searchAnalyzer = TextAnalyzers.LATIN, valueBridge = @ValueBridgeRef(type = LatinTextBridge.class))
	private String standfirst;

	@NotNull
	@Size(max = 500_000)
	@FullTextField(name = "body_en", analyzer = TextAnalyzers.ENGLISH, searchAnalyzer = TextAnalyzers.ENGLISH_SEARCH,
			highlightable = Highlightable.UNIFIED, valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
	@FullTextField(name = "body_ru", analyzer = TextAnalyzers.RUSSIAN, searchAnalyzer = TextAnalyzers.RUSSIAN_SEARCH,
			highlightable = Highlightable.UNIFIED, valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
	@FullTextField(name = "body_latin", analyzer = TextAnalyzers.LATIN, searchAnalyzer = TextAnalyzers.LATIN_SEARCH,
			valueBridge = @ValueBridgeRef(type = LatinHtmlTextBridge.class))
	@FullTextField(name = "body_joined", analyzer = TextAnalyzers.LATIN_JOINED, searchAnalyzer = TextAnalyzers.LATIN,
			valueBridge = @ValueBridgeRef(type = LatinHtmlTextBridge.class))
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

	// Where the article showed when this unit of work first changed it, and what it
	// changed since: turned into events when the article is saved (see events()).
	@Transient
	private transient Shown shown;

	@Transient
	private transient Set<ArticlePart> edited = EnumSet.noneOf(ArticlePart.class);

	@Transient
	private transient Instant editedAt;

	protected Article() {
	}

	public Article(String slug, String title) {
		this.slug = slug;
		this.title = title;
	}

	/**
	 * An article made by the form with this one-time token, so that the same form sent
	 * again finds it.
	 */
	public Article(String slug, String title, String formToken) {
		this(slug, title);
		this.formToken = formToken;
	}

	/**
	 * Gives the article a new slug; the old one keeps answering (with a redirect) unless
	 * it is taken back.
	 */
	public void rename(String newSlug) {
		if (newSlug.equals(this.slug)) {
			return;
		}
		edit(ArticlePart.SLUG);
		this.formerSlugs.add(this.slug);
		this.formerSlugs.remove(newSlug);
		this.slug = newSlug;
	}

	public void retitle(String title) {
		if (!Objects.equals(title, this.title)) {
			edit(ArticlePart.CARD);
			this.title = title;
		}
	}

	/** The line under the title that says what the story is; {@code null} for none. */
	public void writeStandfirst(String standfirst) {
		if (!Objects.equals(standfirst, this.standfirst)) {
			edit(ArticlePart.CARD);
			this.standfirst = standfirst;
		}
	}

	public void writeBody(SanitizedHtml body) {
		if (!body.html().equals(this.body)) {
			edit(ArticlePart.BODY);
			this.body = body.html();
		}
	}

	/** Files the article under a section; {@code null} leaves it in none. */
	public void placeIn(Tag section) {
		if (!sameIds(listOf(section), listOf(this.section), Tag::getId)) {
			edit(ArticlePart.CARD);
			this.section = section;
		}
	}

	public void tagWith(Set<Tag> tags) {
		if (!sameIds(tags, this.tags, Tag::getId)) {
			edit(ArticlePart.TAGS);
			this.tags = new HashSet<>(tags);
		}
	}

	/** Gives the article its byline: these authors, in this order. */
	public void creditTo(List<Author> authors) {
		List<Long> byline = ids(authors, Author::getId);
		if (byline.contains(null) || !byline.equals(ids(this.authors, Author::getId))) {
			edit(ArticlePart.BYLINES);
			this.authors = new ArrayList<>(authors);
		}
	}

	/**
	 * Shows the image at the head of the article with the caption and credit this article
	 * gives it; a {@code null} image shows none.
	 */
	public void illustrate(Media image, String caption, String credit) {
		illustrate(image);
		captionImage(caption, credit);
	}

	/** Shows the image at the head of the article, keeping its caption and credit. */
	public void illustrate(Media image) {
		if (!sameIds(listOf(image), listOf(this.featuredImage), Media::getId)) {
			edit(ArticlePart.CARD);
			this.featuredImage = image;
		}
	}

	/** The caption and credit this article gives its featured image. */
	public void captionImage(String caption, String credit) {
		// The caption and credit show on the article's page, not on its card.
		if (!Objects.equals(caption, this.imageCaption) || !Objects.equals(credit, this.imageCredit)) {
			edit(ArticlePart.BODY);
			this.imageCaption = caption;
			this.imageCredit = credit;
		}
	}

	/**
	 * The title and description search engines and link previews show instead of the
	 * title and standfirst; {@code null} falls back to those.
	 */
	public void describeForSearch(String seoTitle, String seoDescription) {
		if (!Objects.equals(seoTitle, this.seoTitle) || !Objects.equals(seoDescription, this.seoDescription)) {
			edit(ArticlePart.BODY);
			this.seoTitle = seoTitle;
			this.seoDescription = seoDescription;
		}
	}

	/**
	 * Puts the article on the site as of {@code now}, which becomes its publication time:
	 * a draft, an article in review or in the archive, or a scheduled one that should go
	 * out at once. An article already on the site stays as it is and refuses.
	 */
	public void publish(Instant now) {
		if (isPublicAt(now)) {
			throw refused(StatusChange.PUBLISH);
		}
		transition(now);
		this.status = ArticleStatus.PUBLISHED;
		this.publishedAt = now;
	}

	/**
	 * Publishes the article later, at {@code at}, whatever its status: a scheduled
	 * article is rescheduled, one on the site goes off it until then.
	 * @throws IllegalArgumentException if {@code at} is not after {@code now}
	 */
	public void schedule(Instant at, Instant now) {
		if (!at.isAfter(now)) {
			throw new IllegalArgumentException("Cannot schedule for " + at + ", which is not after " + now);
		}
		transition(now);
		if (!at.equals(this.publishedAt)) {
			this.edited.add(ArticlePart.CARD);
		}
		this.status = ArticleStatus.PUBLISHED;
		this.publishedAt = at;
	}

	/** An author hands a draft to the editors. */
	public void submit() {
		require(ArticleStatus.DRAFT, StatusChange.SUBMIT);
		touch();
		this.status = ArticleStatus.IN_REVIEW;
	}

	/** An editor hands an article in review back to its author, as a draft. */
	public void sendBack() {
		require(ArticleStatus.IN_REVIEW, StatusChange.SEND_BACK);
		touch();
		this.status = ArticleStatus.DRAFT;
	}

	/** Takes a published or scheduled article off the site and back to the drafts. */
	public void unpublish(Instant now) {
		require(ArticleStatus.PUBLISHED, StatusChange.UNPUBLISH);
		transition(now);
		this.status = ArticleStatus.DRAFT;
		this.publishedAt = null;
	}

	/**
	 * Takes the article out of the newsroom's work and off the site, keeping its
	 * publication time.
	 */
	public void archive(Instant now) {
		if (this.status == ArticleStatus.ARCHIVED) {
			throw refused(StatusChange.ARCHIVE);
		}
		transition(now);
		this.status = ArticleStatus.ARCHIVED;
	}

	private void require(ArticleStatus expected, StatusChange change) {
		if (this.status != expected) {
			throw refused(change);
		}
	}

	private ArticleStateException refused(StatusChange change) {
		return new ArticleStateException(this.status, change);
	}

	public void addViews(long views) {
		this.viewCount += views;
	}

	/** The article was saved at {@code when}: its edits are judged as of then. */
	public void markUpdated(Instant when) {
		this.updatedAt = when;
		this.editedAt = when;
	}

	public boolean isPublicAt(Instant now) {
		return PublicArticleRule.isPublic(this.status, this.publishedAt, now);
	}

	public boolean isScheduledAt(Instant now) {
		return PublicArticleRule.isScheduled(this.status, this.publishedAt, now);
	}

	/** Where the article shows now: its address and the listings it belongs to. */
	public ArticleRefs refs() {
		Long sectionId = (this.section != null) ? this.section.getId() : null;
		return new ArticleRefs(this.id, this.slug, sectionId, Set.copyOf(ids(this.tags, Tag::getId)),
				Set.copyOf(ids(this.authors, Author::getId)));
	}

	private void edit(ArticlePart part) {
		touch();
		this.edited.add(part);
	}

	private void transition(Instant now) {
		touch();
		this.editedAt = now;
	}

	// Remembers where the article showed before the first change of this unit of work;
	// a new article showed nowhere. A byline or tag list never loaded (an article edited
	// outside its session) was not changed before it was loaded: it is read at the end.
	private void touch() {
		if (this.shown == null) {
			Long sectionId = (this.section != null) ? this.section.getId() : null;
			this.shown = new Shown(this.id != null, this.slug, sectionId, loadedIds(this.tags, Tag::getId),
					loadedIds(this.authors, Author::getId), this.status, this.publishedAt);
		}
	}

	private static <T> Set<Long> loadedIds(Collection<T> entities, Function<T, Long> id) {
		return Hibernate.isInitialized(entities) ? Set.copyOf(ids(entities, id)) : null;
	}

	// An article edited outside its session, its byline and tags never loaded, cannot say
	// where it shows and announces nothing; the desk edits inside one.
	@DomainEvents
	Collection<Object> events() {
		if (this.shown == null || !Hibernate.isInitialized(this.tags) || !Hibernate.isInitialized(this.authors)) {
			return List.of();
		}
		Instant at = (this.editedAt != null) ? this.editedAt : this.updatedAt;
		boolean was = this.shown.stored()
				&& PublicArticleRule.isPublic(this.shown.status(), this.shown.publishedAt(), at);
		boolean is = isPublicAt(at);
		if (is && !was) {
			return List.of(new ArticlePublished(refs()));
		}
		ArticleRefs now = refs();
		if (was && !is) {
			return List.of(new ArticleUnpublished(this.shown.refs(now)));
		}
		if (this.edited.isEmpty() || !this.shown.stored()) {
			return List.of();
		}
		return List.of(new ArticleChanged(this.id, is, this.edited, this.shown.refs(now), now));
	}

	@AfterDomainEventPublication
	void eventsPublished() {
		this.shown = null;
		this.edited.clear();
		this.editedAt = null;
	}

	private static <T> List<Long> ids(Collection<T> entities, Function<T, Long> id) {
		return entities.stream().map(id).toList();
	}

	private static <T> List<T> listOf(T entity) {
		return (entity != null) ? List.of(entity) : List.of();
	}

	// A new, unsaved entity (no id yet) is always a change.
	private static <T> boolean sameIds(Collection<T> chosen, Collection<T> current, Function<T, Long> id) {
		List<Long> ids = ids(chosen, id);
		return !ids.contains(null) && Set.copyOf(ids).equals(current.stream().map(id).collect(Collectors.toSet()));
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

	public String getStandfirst() {
		return this.standfirst;
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

	public Media getFeaturedImage() {
		return this.featuredImage;
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

	public String getSeoDescription() {
		return this.seoDescription;
	}

	public long getViewCount() {
		return this.viewCount;
	}

	public List<Author> getAuthors() {
		return List.copyOf(this.authors);
	}

	public Set<Tag> getTags() {
		return Set.copyOf(this.tags);
	}

	public String getFormToken() {
		return this.formToken;
	}

	public Long getVersion() {
		return this.version;
	}

	// tagIds and authorIds are null when they were not loaded, and so unchanged.
	private record Shown(boolean stored, String slug, Long sectionId, Set<Long> tagIds, Set<Long> authorIds,
			ArticleStatus status, Instant publishedAt) {

		ArticleRefs refs(ArticleRefs now) {
			return new ArticleRefs(now.articleId(), this.slug, this.sectionId,
					(this.tagIds != null) ? this.tagIds : now.tagIds(),
					(this.authorIds != null) ? this.authorIds : now.authorIds());
		}

	}

}
