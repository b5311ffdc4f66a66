package org.dastan.core.sidebar.internal;

import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.dastan.core.html.SanitizedHtml;
import org.dastan.core.sidebar.Placement;
import org.dastan.core.sidebar.WidgetSettings;
import org.dastan.core.sidebar.WidgetType;

/**
 * A block in the sidebar, placed on some pages at a position, switched on or off. Its
 * text is sanitized HTML.
 */
@Entity
@Table(name = "sidebar_widgets")
public class SidebarWidget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotNull
	@Enumerated(EnumType.STRING)
	private WidgetType type;

	@NotBlank
	@Size(max = 120)
	private String title;

	@NotNull
	@Convert(converter = WidgetSettingsConverter.class)
	private WidgetSettings settings = WidgetSettings.none();

	@NotNull
	@Enumerated(EnumType.STRING)
	private Placement placement = Placement.ALL;

	@PositiveOrZero
	private int position;

	private boolean enabled = true;

	@Version
	private Long version;

	protected SidebarWidget() {
	}

	public SidebarWidget(WidgetType type, String title, Placement placement, int position) {
		this.type = type;
		this.title = title;
		this.placement = placement;
		this.position = position;
	}

	/**
	 * Sets the settings; the HTML must have been sanitized, which the type guarantees.
	 */
	public void configure(Integer limit, SanitizedHtml html, String linkUrl, String linkText, String imageFile,
			List<String> articleSlugs) {
		configure(limit, html, linkUrl, linkText, imageFile, articleSlugs, List.of());
	}

	/**
	 * Sets the settings; the HTML must have been sanitized, which the type guarantees.
	 */
	public void configure(Integer limit, SanitizedHtml html, String linkUrl, String linkText, String imageFile,
			List<String> articleSlugs, List<String> tagSlugs) {
		this.settings = new WidgetSettings(limit, (html != null) ? html.html() : null, linkUrl, linkText, imageFile,
				List.copyOf(articleSlugs), List.copyOf(tagSlugs));
	}

	/** Gives the widget a new title and the pages it shows on. */
	public void describe(String title, Placement placement) {
		this.title = title;
		this.placement = placement;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public WidgetType getType() {
		return this.type;
	}

	public String getTitle() {
		return this.title;
	}

	public WidgetSettings getSettings() {
		return this.settings;
	}

	public Placement getPlacement() {
		return this.placement;
	}

	public int getPosition() {
		return this.position;
	}

	public Long getVersion() {
		return this.version;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
