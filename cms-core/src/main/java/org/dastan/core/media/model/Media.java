package org.dastan.core.media.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.dastan.core.media.FocalPoint;
import org.dastan.core.media.MediaDescription;

/**
 * A stored raster image. The file name is chosen by the server; variants are the same
 * picture at smaller widths, stored beside it as {@code <name>-<width>.<ext>}.
 */
@Entity
@Table(name = "media")
public class Media {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotBlank
	@Size(max = 200)
	@Column(name = "file_name")
	private String fileName;

	@NotBlank
	@Column(name = "content_type")
	private String contentType;

	@Positive
	@Column(name = "size_bytes")
	private long sizeBytes;

	@Positive
	private int width;

	@Positive
	private int height;

	@NotBlank
	@Size(max = 300)
	@Column(name = "alt_text")
	private String altText;

	@Size(max = 500)
	private String caption;

	@Size(max = 200)
	private String credit;

	@Size(max = 255)
	@Column(name = "original_name")
	private String originalName;

	@Column(name = "variant_widths")
	private String variantWidths = "";

	@Column(name = "focal_x")
	private double focalX = FocalPoint.CENTRE.x();

	@Column(name = "focal_y")
	private double focalY = FocalPoint.CENTRE.y();

	@Column(name = "created_at")
	private Instant createdAt = Instant.now();

	@Version
	private Long version;

	protected Media() {
	}

	public Media(String fileName, String contentType, long sizeBytes, int width, int height, String altText) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.width = width;
		this.height = height;
		this.altText = altText;
	}

	public Long getId() {
		return this.id;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public String getAltText() {
		return this.altText;
	}

	/**
	 * Sets the texts that describe the picture: blank caption and credit are stored as
	 * none.
	 */
	public void describe(MediaDescription description) {
		this.altText = description.altText().strip();
		this.caption = blankToNull(description.caption());
		this.credit = blankToNull(description.credit());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getCaption() {
		return this.caption;
	}

	public String getCredit() {
		return this.credit;
	}

	/**
	 * The name the file had on the uploader's computer, for finding it again; never used
	 * to store or serve it.
	 */
	public String getOriginalName() {
		return this.originalName;
	}

	public void setOriginalName(String originalName) {
		this.originalName = originalName;
	}

	/** The widths of the smaller copies stored beside the original, narrowest first. */
	public List<Integer> getVariantWidths() {
		if (this.variantWidths.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(this.variantWidths.split(",")).map(Integer::valueOf).sorted().toList();
	}

	public void setVariantWidths(List<Integer> widths) {
		this.variantWidths = widths.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** The point that stays in view when a page crops the picture to another shape. */
	public FocalPoint getFocalPoint() {
		return new FocalPoint(this.focalX, this.focalY);
	}

	public void focusOn(FocalPoint point) {
		this.focalX = point.x();
		this.focalY = point.y();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
