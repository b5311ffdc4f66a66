package org.dastan.admin.article;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.dastan.core.article.desk.ArticleAutosaves;
import org.dastan.core.article.desk.ArticleDraft;
import org.dastan.core.article.desk.Editor;

/**
 * The editor's autosave of an article as the editor page offers it back: JSON with the
 * time it was saved and the value of each form control by name, which the page's script
 * fills back in on Restore.
 */
@Component
class AutosaveOffer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ArticleAutosaves autosaves;

	AutosaveOffer(ArticleAutosaves autosaves) {
		this.autosaves = autosaves;
	}

	/**
	 * The offer as JSON, or {@code null} when there is nothing newer than the article.
	 */
	String json(Long articleId, Editor editor) {
		return this.autosaves.offer(articleId, editor).map((autosave) -> {
			Map<String, Object> offer = new LinkedHashMap<>();
			offer.put("savedAt", autosave.savedAt().toString());
			offer.put("fields", controls(autosave.fields()));
			return JSON.writeValueAsString(offer);
		}).orElse(null);
	}

	private static Map<String, String> controls(ArticleDraft draft) {
		Map<String, String> controls = new LinkedHashMap<>();
		controls.put("title", text(draft.title()));
		controls.put("slug", text(draft.slug()));
		controls.put("standfirst", text(draft.standfirst()));
		controls.put("body", text(draft.body()));
		controls.put("sectionId", text(draft.sectionId()));
		controls.put("tags", String.join(", ", draft.tagNames()));
		for (int i = 0; i < ArticleForm.BYLINE_SIZE; i++) {
			controls.put("authorIds[" + i + "]", (i < draft.authorIds().size()) ? text(draft.authorIds().get(i)) : "");
		}
		controls.put("featuredImageId", text(draft.featuredImageId()));
		controls.put("imageCaption", text(draft.imageCaption()));
		controls.put("imageCredit", text(draft.imageCredit()));
		controls.put("seoTitle", text(draft.seoTitle()));
		controls.put("seoDescription", text(draft.seoDescription()));
		return controls;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
