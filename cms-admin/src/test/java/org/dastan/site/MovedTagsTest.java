package org.dastan.site;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.tag.model.Tag;
import org.dastan.core.article.model.Article;
import org.dastan.core.article.internal.ArticleRepository;
import org.dastan.core.tag.TagDraft;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.internal.TagRepository;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * After an editor renames or merges a tag in the admin, links to its old address, and
 * feed readers subscribed to its old feed, are sent on to the new one for good.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MovedTagsTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TagService service;

	@Autowired
	private TagRepository tags;

	@Autowired
	private ArticleRepository articles;

	@AfterEach
	void deleteEverything() {
		this.articles.deleteAll();
		this.tags.deleteAll();
	}

	@Test
	void oldTagAddressesAndFeedsRedirectPermanentlyAfterARenameAndAMerge() {
		TagView gas = this.service.create(new TagDraft("Gas", "", null, TagKind.TOPIC, false));
		TagView energy = this.service.create(new TagDraft("Energy", "", null, TagKind.TOPIC, false));
		publish("pipeline", null, gas);

		editTag(gas, "Natural gas", "natural-gas", "TOPIC");
		assertMoved("/tags/gas", "/tags/natural-gas");
		assertMoved("/tags/gas/feed", "/tags/natural-gas/feed");
		assertMoved("/tags/gas?page=2", "/tags/natural-gas?page=2");
		assertThat(this.mvc.get().uri("/tags/natural-gas")).hasStatusOk().bodyText().contains("Story pipeline");

		assertThat(this.mvc.post()
			.uri("/admin/tags/{id}/merge", gas.id())
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.param("target", String.valueOf(energy.id()))).hasStatus(HttpStatus.FOUND);
		for (String old : new String[] { "gas", "natural-gas" }) {
			assertMoved("/tags/" + old, "/tags/energy");
			assertMoved("/tags/" + old + "/feed", "/tags/energy/feed");
		}
		assertThat(this.mvc.get().uri("/tags/energy")).hasStatusOk().bodyText().contains("Story pipeline");
		assertThat(this.mvc.get().uri("/tags/no-such-tag")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void oldSectionAddressesAndFeedsRedirectPermanentlyAfterARename() {
		TagView section = this.service.create(new TagDraft("Kyrgyz Republic", "", null, TagKind.SECTION, true));
		this.service.create(new TagDraft("Mountains", "", null, TagKind.TOPIC, true));
		publish("osh", section, null);

		editTag(section, "Kyrgyzstan", "kyrgyzstan", "SECTION");

		assertMoved("/sections/kyrgyz-republic", "/sections/kyrgyzstan");
		assertMoved("/sections/kyrgyz-republic/feed", "/sections/kyrgyzstan/feed");
		assertThat(this.mvc.get().uri("/sections/kyrgyzstan")).hasStatusOk().bodyText().contains("Story osh");
		// A topic has no section page, under any of its slugs.
		assertThat(this.mvc.get().uri("/sections/mountains")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private void editTag(TagView tag, String name, String slug, String kind) {
		Tag current = this.tags.findById(tag.id()).orElseThrow();
		assertThat(this.mvc.post()
			.uri("/admin/tags/{id}", tag.id())
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.param("name", name)
			.param("slug", slug)
			.param("kind", kind)
			.param("inNavigation", "true")
			.param("version", String.valueOf(current.getVersion()))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/tags");
	}

	private void assertMoved(String from, String to) {
		assertThat(this.mvc.get().uri(from)).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl(to);
	}

	private void publish(String slug, TagView section, TagView tag) {
		Article article = new Article(slug, "Story " + slug);
		article.placeIn((section != null) ? this.tags.findById(section.id()).orElseThrow() : null);
		article.tagWith((tag != null) ? Set.of(this.tags.findById(tag.id()).orElseThrow()) : Set.of());
		article.publish(Instant.now().minusSeconds(3600));
		this.articles.save(article);
	}

}
