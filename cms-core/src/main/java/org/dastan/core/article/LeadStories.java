package org.dastan.core.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.internal.LeadStory;
import org.dastan.core.article.internal.LeadStoryRepository;

/**
 * The stories editors keep on top of the front page, as WordPress keeps sticky posts: on
 * top of its first page, newest pin first, while they are public. An article of any
 * status may be pinned; a draft leads once it is published. Pinning is a placement, not
 * an edit: it bumps no version and leaves no revision.
 */
@Service
@Transactional
public class LeadStories {

	private final LeadStoryRepository leads;

	private final ArticleRepository articles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadStories(LeadStoryRepository leads, ArticleRepository articles, ApplicationEventPublisher events, Clock clock) {
		this.leads = leads;
		this.articles = articles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts the article on top of the front page, or takes it off; doing what is already
	 * so changes nothing, so an import run twice keeps the first pin's time.
	 * @throws EntityNotFoundException if there is no such article
	 */
	public void setLead(long articleId, boolean lead) {
		if (!this.articles.existsById(articleId)) {
			throw new EntityNotFoundException("No article " + articleId);
		}
		boolean changed = lead ? pin(articleId) : unpin(articleId);
		if (changed) {
			this.events.publishEvent(new LeadStoryChanged(articleId, lead));
		}
	}

	/**
	 * Pins the article unless it is pinned, without an event: for {@link ArticleImports},
	 * whose articles are not news yet. Whether it was pinned now.
	 */
	boolean pin(long articleId) {
		if (this.leads.existsById(articleId)) {
			return false;
		}
		this.leads.save(new LeadStory(articleId, this.clock.instant()));
		return true;
	}

	private boolean unpin(long articleId) {
		if (!this.leads.existsById(articleId)) {
			return false;
		}
		this.leads.deleteById(articleId);
		return true;
	}

	@Transactional(readOnly = true)
	public boolean isLead(long articleId) {
		return this.leads.existsById(articleId);
	}

	/** Every pinned article, public or not, for the desk's lists. */
	@Transactional(readOnly = true)
	public Set<Long> all() {
		return Set.copyOf(this.leads.findArticleIds());
	}

	/** The pinned articles readers may see now, newest pin first, at most so many. */
	@Transactional(readOnly = true)
	List<Long> publicAt(Instant now, int most) {
		return this.leads.findPublicArticleIds(now, PageRequest.of(0, most));
	}

}
