package org.dastan.admin.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.dastan.core.article.desk.OpenedArticle;
import org.dastan.core.article.desk.ArticleDraft;
import org.dastan.core.article.desk.Transition;

/**
 * The article editor's form. Kept apart from the entity so that nothing the form does not
 * show (status, id, view count) can be bound from a request; the version travels along to
 * detect edit conflicts.
 */
public class ArticleForm {

	/** How many byline fields the form offers. */
	static final int BYLINE_SIZE = 3;

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@Size(max = 160)
	private String slug = "";

	@Size(max = 500)
	private String standfirst = "";

	@Size(max = 500_000)
	private String body = "";

	private Long sectionId;

	@Size(max = 1000)
	private String tags = "";

	private List<Long> authorIds = new ArrayList<>();

	private Long featuredImageId;

	@Size(max = 500)
	private String imageCaption = "";

	@Size(max = 200)
	private String imageCredit = "";

	@Size(max = 200)
	private String seoTitle = "";

	@Size(max = 300)
	private String seoDescription = "";

	// The scheduling field: a wall-clock time in the newsroom's zone, as the browser's
	// date-time field sends it.
	@Size(max = 40)
	private String publishAt = "";

	@Size(max = Transition.NOTE_MAX_LENGTH)
	private String note = "";

	// One per new-article form, so that submitting it twice creates one article.
	@Size(max = 64)
	private String formToken;

	private Long version;

	// The revision the editor started from, to show them what others changed if their
	// save conflicts.
	private Integer openedRevision;

	static ArticleForm from(OpenedArticle article) {
		ArticleDraft draft = article.draft();
		ArticleForm form = new ArticleForm();
		form.title = draft.title();
		form.slug = draft.slug();
		form.standfirst = orEmpty(draft.standfirst());
		form.body = draft.body();
		form.sectionId = draft.sectionId();
		form.tags = String.join(", ", draft.tagNames());
		form.authorIds = new ArrayList<>(draft.authorIds());
		form.featuredImageId = draft.featuredImageId();
		form.imageCaption = orEmpty(draft.imageCaption());
		form.imageCredit = orEmpty(draft.imageCredit());
		form.seoTitle = orEmpty(draft.seoTitle());
		form.seoDescription = orEmpty(draft.seoDescription());
		form.version = article.version();
		return form;
	}

	ArticleDraft toDraft() {
		List<String> tagNames = Arrays.stream(this.tags.split(","))
			.map(String::strip)
			.filter((t) -> !t.isEmpty())
			.toList();
		List<Long> byline = this.authorIds.stream().filter((id) -> id != null).toList();
		return new ArticleDraft(this.title, this.slug, this.standfirst, this.body, this.sectionId, tagNames, byline,
				this.featuredImageId, this.imageCaption, this.imageCredit, this.seoTitle, this.seoDescription);
	}

	/**
	 * Pads the byline with empty fields so the form always offers {@link #BYLINE_SIZE} of
	 * them.
	 */
	public List<Long> getBylineFields() {
		List<Long> fields = new ArrayList<>(this.authorIds);
		while (fields.size() < BYLINE_SIZE) {
			fields.add(null);
		}
		return fields;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
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

	public void setBody(String body) {
		this.body = body;
	}

	public Long getSectionId() {
		return this.sectionId;
	}

	public void setSectionId(Long sectionId) {
		this.sectionId = sectionId;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public List<Long> getAuthorIds() {
		return this.authorIds;
	}

	public void setAuthorIds(List<Long> authorIds) {
		this.authorIds = authorIds;
	}

	public Long getFeaturedImageId() {
		return this.featuredImageId;
	}

	public void setFeaturedImageId(Long featuredImageId) {
		this.featuredImageId = featuredImageId;
	}

	public String getImageCaption() {
		return this.imageCaption;
	}

	public void setImageCaption(String imageCaption) {
		this.imageCaption = imageCaption;
	}

	public String getImageCredit() {
		return this.imageCredit;
	}

	public void setImageCredit(String imageCredit) {
		this.imageCredit = imageCredit;
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

	public String getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(String publishAt) {
		this.publishAt = publishAt;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
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

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getOpenedRevision() {
		return this.openedRevision;
	}

	public void setOpenedRevision(Integer openedRevision) {
		this.openedRevision = openedRevision;
	}

}
