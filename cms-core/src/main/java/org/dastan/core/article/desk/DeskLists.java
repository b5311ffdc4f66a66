package org.dastan.core.article.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.article.IdOrder;
import org.dastan.core.article.LeadStories;
import org.dastan.core.article.PublicArticleIds;
import org.dastan.core.author.model.Author;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.user.AccountView;
import org.dastan.core.user.UserAccounts;

/**
 * The desk's lists: all articles narrowed by status, section, author, tag and text, and
 * the dashboard's queues.
 */
@Service
@Transactional(readOnly = true)
public class DeskLists {

	private static final int QUEUE_SIZE = 10;

	private final ArticleRepository articles;

	private final PublicArticleIds publicIds;

	private final UserAccounts users;

	private final LeadStories leads;

	private final Clock clock;

	DeskLists(ArticleRepository articles, PublicArticleIds publicIds, UserAccounts users, LeadStories leads,
			Clock clock) {
		this.articles = articles;
		this.publicIds = publicIds;
		this.users = users;
		this.leads = leads;
		this.clock = clock;
	}

	public Page<DeskRow> find(DeskFilter filter, Pageable pageable) {
		Instant now = this.clock.instant();
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Direction.DESC, "updatedAt"));
		Set<Long> leads = this.leads.all();
		return this.articles.findAll(matching(filter, now), newestFirst).map((article) -> row(article, now, leads));
	}

	public Dashboard dashboard(Editor editor) {
		Instant now = this.clock.instant();
		PageRequest first = PageRequest.of(0, QUEUE_SIZE);
		Long account = this.users.find(editor.username()).map(AccountView::id).orElse(null);
		Specification<Article> mine = (root, query, builder) -> {
			Join<Article, Author> author = root.join("authors");
			return (account != null) ? builder.equal(author.get("userId"), account) : builder.disjunction();
		};
		Set<Long> leads = this.leads.all();
		return new Dashboard(list(mine.and(status(DeskStatus.DRAFT, now)), first, "updatedAt", now, leads),
				list(status(DeskStatus.IN_REVIEW, now), first, "updatedAt", now, leads),
				list(status(DeskStatus.SCHEDULED, now), first, "publishedAt", now, leads),
				recentlyPublished(first, now, leads));
	}

	/**
	 * The latest public articles: their ids sorted through the index first, as the public
	 * listings do, since sorting whole rows takes seconds at 100,000 articles.
	 */
	private List<DeskRow> recentlyPublished(PageRequest page, Instant now, Set<Long> leads) {
		List<Long> ids = this.publicIds.findLatestList(now, page);
		return IdOrder.arrange(ids, this.articles.findAllById(ids), (article) -> article.getId())
			.stream()
			.map((article) -> row(article, now, leads))
			.toList();
	}

	private List<DeskRow> list(Specification<Article> specification, PageRequest page, String order, Instant now,
			Set<Long> leads) {
		return this.articles
			.findAll(specification,
					PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, order)))
			.map((article) -> row(article, now, leads))
			.getContent();
	}

	private static Specification<Article> matching(DeskFilter filter, Instant now) {
		Specification<Article> all = (root, query, builder) -> builder.conjunction();
		if (filter.status() != null) {
			all = all.and(status(filter.status(), now));
		}
		if (filter.sectionId() != null) {
			all = all.and((root, query, builder) -> builder.equal(root.get("section").get("id"), filter.sectionId()));
		}
		if (filter.authorId() != null) {
			all = all.and((root, query, builder) -> {
				Join<Article, Author> author = root.join("authors");
				return builder.equal(author.get("id"), filter.authorId());
			});
		}
		if (filter.tagId() != null) {
			all = all.and((root, query, builder) -> {
				Join<Article, Tag> tag = root.join("tags");
				return builder.equal(tag.get("id"), filter.tagId());
			});
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			String pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%";
			all = all.and((root, query, builder) -> builder.or(builder.like(builder.lower(root.get("title")), pattern),
					builder.like(builder.lower(root.get("slug")), pattern)));
		}
		return all;
	}

	private static Specification<Article> status(DeskStatus status, Instant now) {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(builder.equal(root.get("status"), status.stored()));
			if (status == DeskStatus.SCHEDULED) {
				predicates.add(builder.greaterThan(root.get("publishedAt"), now));
			}
			else if (status == DeskStatus.PUBLISHED) {
				predicates.add(builder.lessThanOrEqualTo(root.get("publishedAt"), now));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static DeskRow row(Article article, Instant now, Set<Long> leads) {
		return new DeskRow(article.getId(), article.getTitle(), article.getSlug(), DeskStatus.of(article, now),
				(article.getSection() != null) ? article.getSection().getName() : null,
				article.getAuthors().stream().map(Author::getName).toList(), article.getUpdatedAt(),
				article.getPublishedAt(), leads.contains(article.getId()));
	}

	/** The dashboard's four queues. */
	public record Dashboard(List<DeskRow> myDrafts, List<DeskRow> inReview, List<DeskRow> scheduled,
			List<DeskRow> recentlyPublished) {
	}

}
