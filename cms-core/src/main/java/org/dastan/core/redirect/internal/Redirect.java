package org.dastan.core.redirect.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An old path and where it leads now. Paths come written down by
 * {@link org.dastan.core.redirect.RedirectPaths}; hits are only read here, the
 * {@link HitCounter} adds them.
 */
@Entity
@Table(name = "redirects")
public class Redirect {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String oldPath;

	private String target;

	private int status;

	@Column(insertable = false, updatable = false)
	private long hits;

	@Column(insertable = false, updatable = false)
	private Instant lastHitAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Redirect() {
	}

	public Redirect(String oldPath, String target, int status, Instant now) {
		this.oldPath = oldPath;
		this.target = target;
		this.status = status;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Whether this would change anything. */
	public boolean differs(String oldPath, String target, int status) {
		return !this.oldPath.equals(oldPath) || !this.target.equals(target) || this.status != status;
	}

	public void change(String oldPath, String target, int status, Instant now) {
		this.oldPath = oldPath;
		this.target = target;
		this.status = status;
		this.updatedAt = now;
	}

	/** Leads to where the redirect that it pointed at leads: readers take one hop. */
	public void retarget(String target, Instant now) {
		this.target = target;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getOldPath() {
		return this.oldPath;
	}

	public String getTarget() {
		return this.target;
	}

	public int getStatus() {
		return this.status;
	}

	public long getHits() {
		return this.hits;
	}

	public Instant getLastHitAt() {
		return this.lastHitAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
