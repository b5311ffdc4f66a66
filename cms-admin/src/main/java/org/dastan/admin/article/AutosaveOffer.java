package org.dastan.admin.article;

import java.lang.reflect.RecordComponent;
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

	// Each of the draft's components fills the form control of the same name, but for the
	// tags, one comma-separated field, and the byline, one field per position.
	private static Map<String, String> controls(ArticleDraft draft) {
		Map<String, String> controls = new LinkedHashMap<>();
		for (RecordComponent component : ArticleDraft.class.getRecordComponents()) {
			String name = component.getName();
			if (name.equals("tagNames")) {
				controls.put("tags", String.join(", ", draft.tagNames()));
			}
			else if (name.equals("authorIds")) {
				for (int i = 0; i < ArticleForm.BYLINE_SIZE; i++) {
					controls.put("authorIds[" + i + "]",
							(i < draft.authorIds().size()) ? text(draft.authorIds().get(i)) : "");
				}
			}
			else {
				controls.put(name, text(draft.get(name)));
			}
		}
		return controls;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
