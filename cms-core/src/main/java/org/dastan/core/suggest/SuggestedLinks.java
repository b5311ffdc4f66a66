package org.dastan.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.desk.ArticleDesk;
import org.dastan.core.article.desk.Editor;
import org.dastan.core.edit.HttpUrls;
import org.dastan.core.edit.Ordering;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.suggest.internal.SuggestedLink;
import org.dastan.core.suggest.internal.SuggestedLinkRepository;

/**
 * The links an editor picks for an article: adds them under the rules, keeps their order
 * and removes them. Whoever may edit the article may change its links. Every change is
 * announced as {@link SuggestedLinksChanged}.
 */
@Service
@Transactional
public class SuggestedLinks {

	private static final int MAX_CHOICES = 10;

	private static final int MAX_TITLE = 200;

	private static final int MAX_URL = 2000;

	private final SuggestedLinkRepository links;

	private final EntityManager entityManager;

	private final ArticleDesk desk;

	private final SuggestedLinkProperties properties;

	private final ApplicationEventPublisher events;

	SuggestedLinks(SuggestedLinkRepository links, EntityManager entityManager, ArticleDesk desk,
			SuggestedLinkProperties properties, ApplicationEventPublisher events) {
		this.links = links;
		this.entityManager = entityManager;
		this.desk = desk;
		this.properties = properties;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<PickedLink> of(long articleId, Editor editor) {
		this.desk.open(articleId, editor);
		return this.links.findPicksOf(articleId).stream().map(PickedLink::of).toList();
	}

	/** Articles other than this one whose title holds the text. */
	@Transactional(readOnly = true)
	public List<ArticleChoice> choices(String text, long exceptId) {
		String query = (text != null) ? text.strip() : "";
		if (query.isEmpty()) {
			return List.of();
		}
		String pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.links.findChoices(pattern, exceptId, PageRequest.of(0, MAX_CHOICES));
	}

	public int maxLinks() {
		return this.properties.maxLinks();
	}

	public void add(AddLink command, Editor editor) {
		long articleId = command.articleId();
		LinkDraft draft = command.link();
		this.desk.open(articleId, editor);
		Article owner = this.entityManager.find(Article.class, articleId);
		List<SuggestedLink> picked = this.links.findPicksOf(articleId);
		String url = blankToNull(draft.url());
		if ((draft.articleId() == null) == (url == null)) {
			throw new RejectedEditException(null, "suggested.one-target");
		}
		SuggestedLink link = (url != null) ? external(owner, picked, url, blankToNull(draft.title()))
				: toArticle(owner, picked, draft.articleId());
		if (picked.size() >= maxLinks()) {
			throw new RejectedEditException((url != null) ? "url" : "article", "suggested.too-many", maxLinks());
		}
		this.links.save(link);
		changed(articleId);
	}

	public void move(MoveLink command, Editor editor) {
		List<SuggestedLink> current = ownLinks(command.articleId(), editor);
		Ordering.renumber(Ordering.move(current, current.get(indexOf(current, command.linkId())), command.step()),
				SuggestedLink::moveTo);
		changed(command.articleId());
	}

	public void reorder(ReorderLinks command, Editor editor) {
		Ordering.renumber(
				Ordering.arrange(ownLinks(command.articleId(), editor), command.linkIds(), SuggestedLink::getId),
				SuggestedLink::moveTo);
		changed(command.articleId());
	}

	public void remove(RemoveLink command, Editor editor) {
		List<SuggestedLink> order = new ArrayList<>(ownLinks(command.articleId(), editor));
		SuggestedLink link = order.remove(indexOf(order, command.linkId()));
		this.links.delete(link);
		Ordering.renumber(order, SuggestedLink::moveTo);
		changed(command.articleId());
	}

	/**
	 * Stores trusted picks without the desk's checks or a query per link, so that bulk
	 * data (tens of thousands of articles) loads in one pass.
	 */
	public void pick(PickArticles command) {
		Article owner = this.entityManager.getReference(Article.class, command.articleId());
		List<Long> targets = command.targetIds();
		for (int position = 0; position < targets.size(); position++) {
			this.links.save(SuggestedLink.toArticle(owner,
					this.entityManager.getReference(Article.class, targets.get(position)), position));
		}
		changed(command.articleId());
	}

	private void changed(long articleId) {
		this.events.publishEvent(new SuggestedLinksChanged(articleId));
	}

	private SuggestedLink toArticle(Article owner, List<SuggestedLink> picked, long targetId) {
		if (targetId == owner.getId()) {
			throw new RejectedEditException("article", "suggested.not-self");
		}
		Article target = this.entityManager.find(Article.class, targetId);
		if (target == null) {
			throw new RejectedEditException("article", "suggested.article.unknown");
		}
		if (picked.stream().anyMatch((link) -> link.getTarget() != null && link.getTarget().getId() == targetId)) {
			throw new RejectedEditException("article", "suggested.duplicate", target.getTitle());
		}
		return SuggestedLink.toArticle(owner, target, picked.size());
	}

	private static SuggestedLink external(Article owner, List<SuggestedLink> picked, String url, String title) {
		if (url.length() > MAX_URL || !HttpUrls.isHttp(url)) {
			throw new RejectedEditException("url", "suggested.http-only");
		}
		if (picked.stream().anyMatch((link) -> url.equals(link.getUrl()))) {
			throw new RejectedEditException("url", "suggested.duplicate", url);
		}
		if (title == null) {
			throw new RejectedEditException("title", "suggested.title-required");
		}
		if (title.length() > MAX_TITLE) {
			throw new RejectedEditException("title", "suggested.title-too-long", MAX_TITLE);
		}
		return SuggestedLink.toUrl(owner, url, title, picked.size());
	}

	private List<SuggestedLink> ownLinks(long articleId, Editor editor) {
		this.desk.open(articleId, editor);
		return this.links.findPicksOf(articleId);
	}

	private static int indexOf(List<SuggestedLink> links, long linkId) {
		for (int i = 0; i < links.size(); i++) {
			if (Objects.equals(links.get(i).getId(), linkId)) {
				return i;
			}
		}
		throw new EntityNotFoundException("No suggested link " + linkId + " on this article");
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
