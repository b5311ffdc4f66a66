package org.dastan.admin.tag;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.dastan.admin.security.AdminWebMvcTest;
import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.edit.StaleEditException;
import org.dastan.core.tag.TagDraft;
import org.dastan.core.tag.TagKind;
import org.dastan.core.tag.TagService;
import org.dastan.core.tag.TagSummary;
import org.dastan.core.tag.TagView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@AdminWebMvcTest(TagController.class)
@Import(TagNavigation.class)
class TagControllerTest {

	private static final TagSummary KAZAKHSTAN = new TagSummary(2, "kazakhstan", "Kazakhstan", TagKind.SECTION, 1, 9);

	private static final TagSummary ENERGY = new TagSummary(1, "energy", "Energy", TagKind.TOPIC, 2, 7);

	private static final TagSummary POWER = new TagSummary(3, "power", "Power", TagKind.TOPIC, null, 2);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private TagService tags;

	@BeforeEach
	void newsroom() {
		TagView energy = new TagView(1, "energy", "Energy", null, TagKind.TOPIC, true, 4, List.of("power-and-gas"));
		given(this.tags.navigation()).willReturn(List.of(view(KAZAKHSTAN), view(ENERGY)));
		given(this.tags.list()).willReturn(List.of(ENERGY, KAZAKHSTAN, POWER));
		given(this.tags.find(1L)).willReturn(Optional.of(energy));
		given(this.tags.summary(1L)).willReturn(ENERGY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/tags", "/admin/tags/new", "/admin/tags/1", "/admin/tags/1/merge" })
	void sendsAnonymousVisitorsToTheLoginPage(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/tags", "/admin/tags/1", "/admin/tags/1/delete", "/admin/tags/1/merge",
			"/admin/tags/1/move-up", "/admin/tags/1/move-down" })
	void sendsAnonymousChangesToTheLoginPage(String action) {
		assertThat(this.mvc.post().uri(action).with(csrf()).param("name", "X").param("target", "3"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/admin/login");
		then(this.tags).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/tags", "/admin/tags/new", "/admin/tags/1", "/admin/tags/1/merge" })
	@WithMockUser(roles = "AUTHOR")
	void forbidsAuthorsThePages(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/tags", "/admin/tags/1", "/admin/tags/1/delete", "/admin/tags/1/merge",
			"/admin/tags/1/move-up", "/admin/tags/1/move-down" })
	@WithMockUser(roles = "AUTHOR")
	void forbidsAuthorsTheChanges(String action) {
		assertThat(this.mvc.post().uri(action).with(csrf()).param("name", "X").param("target", "3"))
			.hasStatus(HttpStatus.FORBIDDEN);
		then(this.tags).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/tags", "/admin/tags/1", "/admin/tags/1/delete", "/admin/tags/1/merge",
			"/admin/tags/1/move-up", "/admin/tags/1/move-down" })
	@WithMockUser(roles = "EDITOR")
	void refusesChangesWithoutTheCsrfToken(String action) {
		assertThat(this.mvc.post().uri(action).param("name", "X").param("target", "3")).hasStatus(HttpStatus.FORBIDDEN);
		then(this.tags).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/tags", "/admin/tags/new", "/admin/tags/1", "/admin/tags/1/merge" })
	@WithMockUser(roles = "ADMIN")
	void letsAdminsInThroughTheRoleHierarchy(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatusOk();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void listsTheNavigationInOrderAndEveryTagWithItsArticleCount() {
		assertThat(this.mvc.get().uri("/admin/tags")).hasStatusOk()
			.bodyText()
			.contains("href=\"/admin/tags\">Tags and sections</a>")
			.containsSubsequence("id=\"navigation\"", "Kazakhstan", "Energy", "All tags and sections")
			.contains("action=\"/admin/tags/2/move-down\"", "action=\"/admin/tags/1/move-up\"")
			.contains("aria-label=\"Move Energy up\"", "/sections/kazakhstan", "/tags/power")
			.contains("<td class=\"text-end\">7</td>", "<td class=\"text-end\">9</td>");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsTheFormWithTheOldAddresses() {
		assertThat(this.mvc.get().uri("/admin/tags/1")).hasStatusOk()
			.bodyText()
			.contains("value=\"Energy\"", "name=\"version\" value=\"4\"", "<li>power-and-gas</li>")
			.contains("href=\"/admin/tags/1/merge\"", "action=\"/admin/tags/1/delete\"", "name=\"_csrf\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void answersAnUnknownTagWithNotFound() {
		given(this.tags.find(5L)).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/admin/tags/5")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void answersAChangeToATagDeletedMeanwhileWithNotFound() {
		willThrow(new EntityNotFoundException("No tag 5")).given(this.tags).delete(5L);

		assertThat(this.mvc.post().uri("/admin/tags/5/delete").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void dropsCharactersXmlCannotCarryFromWhatIsTyped() {
		assertThat(this.mvc.post()
			.uri("/admin/tags")
			.with(csrf())
			.param("name", "Wa\u0000ter\u0001")
			.param("slug", "")
			.param("description", "Rivers\uFFFE and\uD800 irrigation.\n\tKept.")
			.param("kind", "TOPIC")
			.param("inNavigation", "true")).hasStatus(HttpStatus.FOUND);
		then(this.tags).should()
			.create(new TagDraft("Water", "", "Rivers and irrigation.\n\tKept.", TagKind.TOPIC, true));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void createsATagAndSaysSo() {
		assertThat(this.mvc.post()
			.uri("/admin/tags")
			.with(csrf())
			.param("name", "Water")
			.param("slug", "")
			.param("description", "Rivers and irrigation.")
			.param("kind", "TOPIC")
			.param("inNavigation", "true")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/tags")
			.flash()
			.containsEntry("flash", "admin.tags.created");
		then(this.tags).should().create(new TagDraft("Water", "", "Rivers and irrigation.", TagKind.TOPIC, true));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void keepsEverythingTypedAndShowsErrorsNextToTheFields() {
		assertThat(this.mvc.post()
			.uri("/admin/tags")
			.with(csrf())
			.param("name", "")
			.param("slug", "s".repeat(121))
			.param("description", "Rivers, canals and the Aral Sea.")
			.param("kind", "SECTION")).hasStatusOk()
			.bodyText()
			.contains("id=\"name-error\">Fill this in.</div>", "id=\"slug-error\">Use at most 120 characters.</div>")
			.contains(">Rivers, canals and the Aral Sea.</textarea>")
			.contains("value=\"SECTION\" id=\"kind1\" name=\"kind\" checked=\"checked\"");
		then(this.tags).should(never()).create(any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void explainsWhyASectionWithArticlesCannotBecomeATopic() {
		given(this.tags.update(anyLong(), anyLong(), any()))
			.willThrow(new RejectedEditException("kind", "rule.tag.section-owns-articles", "Kazakhstan", 9L));

		assertThat(this.mvc.post()
			.uri("/admin/tags/1")
			.with(csrf())
			.param("name", "Kazakhstan")
			.param("kind", "TOPIC")
			.param("version", "4")).hasStatusOk()
			.bodyText()
			.contains("id=\"kind-error\">Kazakhstan is the section of some articles (articles: 9), so it cannot "
					+ "become a topic.");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void refusesAStaleSaveAndKeepsTheEditorsText() {
		given(this.tags.update(anyLong(), anyLong(), any())).willThrow(new StaleEditException(6));

		assertThat(this.mvc.post()
			.uri("/admin/tags/1")
			.with(csrf())
			.param("name", "Energy and power")
			.param("description", "My new description.")
			.param("kind", "TOPIC")
			.param("version", "4")).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this while you were editing.")
			.contains("value=\"Energy and power\"", ">My new description.</textarea>", "name=\"version\" value=\"6\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void savesBasedOnTheVersionTheEditorSaw() {
		assertThat(this.mvc.post()
			.uri("/admin/tags/1")
			.with(csrf())
			.param("name", "Energy")
			.param("slug", "energy")
			.param("kind", "TOPIC")
			.param("version", "4")).hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "admin.tags.saved");
		then(this.tags).should().update(1L, 4L, new TagDraft("Energy", "energy", null, TagKind.TOPIC, false));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void explainsWhyAUsedTagIsNotDeletedAndOffersAMerge() {
		willThrow(new RejectedEditException(null, "rule.tag.in-use", "Energy", 7L)).given(this.tags).delete(1L);

		assertThat(this.mvc.post().uri("/admin/tags/1/delete").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("“Energy” is still used (articles: 7), so it cannot be deleted. Merge it into another tag")
			.contains("href=\"/admin/tags/1/merge\">Merge into another tag</a>");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void deletesAnUnusedTag() {
		assertThat(this.mvc.post().uri("/admin/tags/3/delete").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/tags")
			.flash()
			.containsEntry("flash", "admin.tags.deleted");
		then(this.tags).should().delete(3L);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void offersEveryOtherTagToMergeInto() {
		assertThat(this.mvc.get().uri("/admin/tags/1/merge")).hasStatusOk()
			.bodyText()
			.contains("Merge Energy", "/tags/energy and its feed will redirect there")
			.contains("<option value=\"2\">Kazakhstan (Section)</option>", "<option value=\"3\">Power (Topic)</option>")
			.doesNotContain("<option value=\"1\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void mergesIntoTheChosenTag() {
		assertThat(this.mvc.post().uri("/admin/tags/1/merge").with(csrf()).param("target", "3"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/tags")
			.flash()
			.containsEntry("flash", "admin.tags.merged");
		then(this.tags).should().merge(1L, 3L);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void asksForATargetAndExplainsARefusedMerge() {
		assertThat(this.mvc.post().uri("/admin/tags/1/merge").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"target-error\">Choose the tag to merge into.</div>");
		given(this.tags.merge(1L, 2L)).willThrow(
				new RejectedEditException("target", "rule.tag.merge-section-into-topic", "Energy", "Kazakhstan", 7));
		assertThat(this.mvc.post().uri("/admin/tags/1/merge").with(csrf()).param("target", "2")).hasStatusOk()
			.bodyText()
			.contains("id=\"target-error\">Energy is the section of some articles (articles: 7)")
			.contains("<option value=\"2\" selected=\"selected\">");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void movesATagInTheNavigationThroughPosts() {
		assertThat(this.mvc.post().uri("/admin/tags/1/move-up").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/tags#navigation");
		assertThat(this.mvc.post().uri("/admin/tags/2/move-down").with(csrf())).hasStatus(HttpStatus.FOUND);
		then(this.tags).should().moveUp(1L);
		then(this.tags).should().moveDown(2L);
		assertThat(this.mvc.get().uri("/admin/tags/1/move-up")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
	}

	private static TagView view(TagSummary tag) {
		return new TagView(tag.id(), tag.slug(), tag.name(), null, tag.kind(), tag.inNavigation(), 0, List.of());
	}

}
