package org.dastan.admin.suggest;

import org.dastan.core.suggest.LinkDraft;

/**
 * A link to add: the id of a found article, or an external address with its title.
 */
public class SuggestedLinkForm {

	private Long article;

	private String url;

	private String title;

	LinkDraft toDraft() {
		return new LinkDraft(this.article, this.url, this.title);
	}

	public Long getArticle() {
		return this.article;
	}

	public void setArticle(Long article) {
		this.article = article;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
