package org.dastan.core.suggest.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.dastan.core.article.model.Article;
import org.dastan.core.edit.HttpUrls;

/**
 * A link an editor picked for an article's Suggested Articles: to another article of the
 * site or to an external http(s) page with a title.
 */
@Entity
@Table(name = "suggested_links")
public class SuggestedLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article owner;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "target_article_id")
	private Article target;

	@Size(max = 2000)
	private String url;

	@Size(max = 200)
	private String title;

	@PositiveOrZero
	private int position;

	@Version
	private Long version;

	protected SuggestedLink() {
	}

	private SuggestedLink(Article owner, Article target, String url, String title, int position) {
		this.owner = owner;
		this.target = target;
		this.url = url;
		this.title = title;
		this.position = position;
	}

	public static SuggestedLink toArticle(Article owner, Article target, int position) {
		return new SuggestedLink(owner, target, null, null, position);
	}

	public static SuggestedLink toUrl(Article owner, String url, String title, int position) {
		return new SuggestedLink(owner, null, url, title, position);
	}

	@AssertTrue(message = "{suggested-link.one-target}")
	boolean isExactlyOneTarget() {
		return (this.target == null) != (this.url == null);
	}

	@AssertTrue(message = "{suggested-link.http-only}")
	boolean isUrlHttp() {
		return this.url == null || HttpUrls.isHttp(this.url);
	}

	@AssertTrue(message = "{suggested-link.not-self}")
	boolean isNotSelf() {
		return this.target == null || this.target != this.owner;
	}

	@AssertTrue(message = "{suggested-link.title-required}")
	boolean isTitledWhenExternal() {
		return this.url == null || (this.title != null && !this.title.isBlank());
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public Article getOwner() {
		return this.owner;
	}

	public Article getTarget() {
		return this.target;
	}

	public String getUrl() {
		return this.url;
	}

	public String getTitle() {
		return this.title;
	}

	public int getPosition() {
		return this.position;
	}

}
