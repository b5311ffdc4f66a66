package org.dastan.admin.tag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.dastan.core.tag.TagDraft;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagView;

/**
 * The tag form's fields, as typed; the service checks what needs the database (unique
 * name and slug, a section's articles).
 */
public class TagForm {

	@NotBlank(message = "{admin.form.required}")
	@Size(max = 120, message = "{admin.form.too-long}")
	private String name;

	@Size(max = 120, message = "{admin.form.too-long}")
	private String slug;

	@Size(max = 1000, message = "{admin.form.too-long}")
	private String description;

	@NotNull(message = "{admin.form.required}")
	private TagKind kind = TagKind.TOPIC;

	private boolean inNavigation;

	private Long version;

	static TagForm of(TagView tag) {
		TagForm form = new TagForm();
		form.name = tag.name();
		form.slug = tag.slug();
		form.description = tag.description();
		form.kind = tag.kind();
		form.inNavigation = tag.inNavigation();
		form.version = tag.version();
		return form;
	}

	TagDraft toDraft() {
		return new TagDraft(this.name, this.slug, this.description, this.kind, this.inNavigation);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
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

	public boolean isInNavigation() {
		return this.inNavigation;
	}

	public void setInNavigation(boolean inNavigation) {
		this.inNavigation = inNavigation;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
