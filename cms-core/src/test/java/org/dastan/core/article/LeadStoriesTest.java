package org.dastan.core.article;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.dastan.core.config.CoreConfiguration;
import org.dastan.core.article.model.Article;
import org.dastan.core.cache.ContentCaches;
import org.dastan.core.tag.TagService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stories editors pin lead the front page's first page while they are public, newest
 * pin first, each shown once; the later pages are the plain newest-first list.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ PublishedArticles.class, LeadStories.class, ContentCaches.class, CoreConfiguration.class,
		ArticlePersistenceTest.FixedClock.class })
@RecordApplicationEvents
class LeadStoriesTest {

	private static final Instant NOW = ArticlePersistenceTest.NOW;

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private LeadStories leads;

	@Autowired
	private PublishedArticles published;

	@Autowired
	private ApplicationEvents events;

	// Asked only for the front page's section blocks, which these tests leave alone.
	@MockitoBean
	private TagService tags;

	@Test
	void pinnedPublicStoriesComeFirstOnTheFirstPageOnly() {
		published("newest", 1);
		published("middle", 2);
		long oldest = published("oldest", 30);
		long draft = this.entities.persist(new Article("a-draft", "A draft")).getId();

		this.leads.setLead(oldest, true);
		this.leads.setLead(draft, true);

		assertThat(firstPage()).containsExactly("oldest", "newest", "middle");
		assertThat(this.published.latest(PageRequest.of(1, 2)).getContent()).extracting(ArticleCard::slug)
			.as("the second page is the plain list")
			.containsExactly("oldest");
		assertThat(this.leads.all()).containsExactlyInAnyOrder(oldest, draft);

		this.leads.setLead(oldest, false);

		assertThat(firstPage()).containsExactly("newest", "middle");
		assertThat(this.leads.isLead(oldest)).isFalse();
		assertThat(this.events.stream(LeadStoryChanged.class)).containsExactly(new LeadStoryChanged(oldest, true),
				new LeadStoryChanged(draft, true), new LeadStoryChanged(oldest, false));
	}

	@Test
	void pinningWhatIsPinnedChangesNothing() {
		long story = published("story", 3);
		this.leads.setLead(story, true);
		this.leads.setLead(story, true);
		this.leads.setLead(published("other", 1), false);

		assertThat(this.events.stream(LeadStoryChanged.class)).containsExactly(new LeadStoryChanged(story, true));
		assertThat(firstPage()).containsExactly("story", "other");
	}

	private List<String> firstPage() {
		this.entities.flush();
		return this.published.latest(PageRequest.of(0, 2)).getContent().stream().map(ArticleCard::slug).toList();
	}

	private long published(String slug, int daysAgo) {
		Article article = new Article(slug, slug);
		article.publish(NOW.minusSeconds(86_400L * daysAgo));
		return this.entities.persist(article).getId();
	}

}
