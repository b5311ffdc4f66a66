package org.dastan.core.sidebar.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

import org.dastan.core.sidebar.WidgetSettings;

/**
 * Stores widget settings as JSON text in a plain character column, which H2 and
 * PostgreSQL treat alike.
 */
@Converter
class WidgetSettingsConverter implements AttributeConverter<WidgetSettings, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(WidgetSettings settings) {
		return JSON.writeValueAsString((settings != null) ? settings : WidgetSettings.none());
	}

	@Override
	public WidgetSettings convertToEntityAttribute(String json) {
		return (json != null) ? JSON.readValue(json, WidgetSettings.class) : WidgetSettings.none();
	}

}
