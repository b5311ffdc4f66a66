package org.dastan.admin.article;

import java.util.List;
import java.util.Set;

import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.author.model.Author;
import org.dastan.core.author.internal.AuthorRepository;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.user.Role;
import org.dastan.core.user.internal.UserAccount;
import org.dastan.core.user.internal.UserAccountRepository;

/**
 * The desk the article tests start from: no articles but two drafts, one by the reporter
 * "writer" (an AUTHOR with the byline "Writer Byline") and one by someone else's byline.
 */
final class DeskFixture {

	/** The ids of the writer's own draft and of the other byline's draft. */
	record Drafts(long own, long others) {
	}

	private final TransactionTemplate transaction;

	private final ArticleRepository articles;

	private final AuthorRepository authors;

	private final UserAccountRepository users;

	DeskFixture(TransactionTemplate transaction, ArticleRepository articles, AuthorRepository authors,
			UserAccountRepository users) {
		this.transaction = transaction;
		this.articles = articles;
		this.authors = authors;
		this.users = users;
	}

	Drafts reset() {
		return this.transaction.execute((status) -> {
			this.articles.deleteAllInBatch();
			this.authors.deleteAllInBatch();
			Author byline = new Author("writer-byline", "Writer Byline");
			byline.setUserId(account("writer", Role.AUTHOR).getId());
			byline = this.authors.save(byline);
			Author other = this.authors.save(new Author("other-byline", "Other Byline"));
			return new Drafts(draft("own-draft", byline), draft("others-draft", other));
		});
	}

	/** The staff account, created on first use. */
	UserAccount account(String username, Role role) {
		return this.users.findByUsername(username)
			.orElseGet(() -> this.users
				.save(new UserAccount(username, StringUtils.capitalize(username), "{noop}x", Set.of(role))));
	}

	long draft(String slug, Author author) {
		Article article = new Article(slug, slug);
		article.creditTo(List.of(author));
		return this.articles.save(article).getId();
	}

}
