package org.dastan.admin.article;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import org.dastan.core.article.desk.ArticleAutosaves;

/**
 * Where the editor page's script keeps the form as typed every few seconds, and drops it
 * when the editor discards it. Takes the form-encoded fields of the article form, with
 * the CSRF token in a header.
 */
@Controller
class ArticleAutosaveController {

	private final ArticleAutosaves autosaves;

	private final CurrentEditor editors;

	ArticleAutosaveController(ArticleAutosaves autosaves, CurrentEditor editors) {
		this.autosaves = autosaves;
		this.editors = editors;
	}

	@PostMapping("/admin/articles/{id}/autosave")
	@ResponseBody
	ResponseEntity<Map<String, String>> save(@PathVariable long id, @Valid @ModelAttribute ArticleForm articleForm,
			BindingResult result, Authentication user) {
		return keep(id, articleForm, result, user);
	}

	@PostMapping("/admin/articles/new/autosave")
	@ResponseBody
	ResponseEntity<Map<String, String>> saveNew(@Valid @ModelAttribute ArticleForm articleForm, BindingResult result,
			Authentication user) {
		return keep(null, articleForm, result, user);
	}

	@DeleteMapping("/admin/articles/{id}/autosave")
	ResponseEntity<Void> discard(@PathVariable long id, Authentication user) {
		this.autosaves.discard(id, this.editors.of(user));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/admin/articles/new/autosave")
	ResponseEntity<Void> discardNew(Authentication user) {
		this.autosaves.discard(null, this.editors.of(user));
		return ResponseEntity.noContent().build();
	}

	// Work in progress may lack a title, but nothing longer than a save would take is
	// kept.
	private ResponseEntity<Map<String, String>> keep(Long id, ArticleForm form, BindingResult result,
			Authentication user) {
		boolean tooLongOrMalformed = result.getAllErrors()
			.stream()
			.anyMatch((error) -> !"NotBlank".equals(error.getCode()));
		if (tooLongOrMalformed) {
			return ResponseEntity.badRequest().build();
		}
		Instant savedAt = this.autosaves.save(id, form.toDraft(), this.editors.of(user));
		return ResponseEntity.ok(Map.of("savedAt", savedAt.toString()));
	}

}
