package org.dastan.core.article.desk.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

import org.dastan.core.article.desk.ArticleDraft;

/**
 * Stores an autosaved form as JSON text in a plain character column, which H2 and
 * PostgreSQL treat alike.
 */
@Converter
class ArticleDraftConverter implements AttributeConverter<ArticleDraft, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(ArticleDraft draft) {
		return JSON.writeValueAsString(draft);
	}

	@Override
	public ArticleDraft convertToEntityAttribute(String json) {
		return (json != null) ? JSON.readValue(json, ArticleDraft.class) : null;
	}

}
