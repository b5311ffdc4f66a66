package org.dastan.admin.sidebar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.WidgetDraft;
import org.dastan.core.sidebar.WidgetSettings;
import org.dastan.core.sidebar.WidgetType;
import org.dastan.core.sidebar.WidgetView;

/**
 * The widget form. The type is chosen when the widget is added and never changes; the
 * editor's picks are article slugs, one a line, in order.
 */
public class WidgetForm {

	private WidgetType type;

	@NotBlank(message = "{admin.form.required}")
	@Size(max = 120, message = "{admin.form.too-long}")
	private String title;

	@NotNull(message = "{admin.form.required}")
	private Placement placement = Placement.ALL;

	private Integer limit = WidgetSettings.DEFAULT_LIMIT;

	@Size(max = 10_000, message = "{admin.form.too-long}")
	private String html;

	@Size(max = 2000, message = "{admin.form.too-long}")
	private String linkUrl;

	@Size(max = 120, message = "{admin.form.too-long}")
	private String linkText;

	private String imageFile;

	@Size(max = 5000, message = "{admin.form.too-long}")
	private String articleSlugs;

	private List<String> tagSlugs = new ArrayList<>();

	private Long version;

	static WidgetForm of(WidgetView widget) {
		WidgetForm form = new WidgetForm();
		WidgetSettings settings = widget.settings();
		form.type = widget.type();
		form.title = widget.title();
		form.placement = widget.placement();
		form.limit = settings.limitOrDefault();
		form.html = settings.html();
		form.linkUrl = settings.linkUrl();
		form.linkText = settings.linkText();
		form.imageFile = settings.imageFile();
		form.articleSlugs = String.join("\n", settings.articleSlugs());
		form.tagSlugs = new ArrayList<>(settings.tagSlugs());
		form.version = widget.version();
		return form;
	}

	WidgetDraft toDraft() {
		List<String> slugs = (this.articleSlugs != null) ? Arrays.asList(this.articleSlugs.split("\\R")) : List.of();
		return new WidgetDraft(this.title, this.placement, this.limit, this.html, this.linkUrl, this.linkText,
				this.imageFile, slugs, (this.tagSlugs != null) ? this.tagSlugs : List.of());
	}

	public WidgetType getType() {
		return this.type;
	}

	public void setType(WidgetType type) {
		this.type = type;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Placement getPlacement() {
		return this.placement;
	}

	public void setPlacement(Placement placement) {
		this.placement = placement;
	}

	public Integer getLimit() {
		return this.limit;
	}

	public void setLimit(Integer limit) {
		this.limit = limit;
	}

	public String getHtml() {
		return this.html;
	}

	public void setHtml(String html) {
		this.html = html;
	}

	public String getLinkUrl() {
		return this.linkUrl;
	}

	public void setLinkUrl(String linkUrl) {
		this.linkUrl = linkUrl;
	}

	public String getLinkText() {
		return this.linkText;
	}

	public void setLinkText(String linkText) {
		this.linkText = linkText;
	}

	public String getImageFile() {
		return this.imageFile;
	}

	public void setImageFile(String imageFile) {
		this.imageFile = imageFile;
	}

	public String getArticleSlugs() {
		return this.articleSlugs;
	}

	public void setArticleSlugs(String articleSlugs) {
		this.articleSlugs = articleSlugs;
	}

	public List<String> getTagSlugs() {
		return this.tagSlugs;
	}

	public void setTagSlugs(List<String> tagSlugs) {
		this.tagSlugs = tagSlugs;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
