package org.dastan.core.article.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: a save of one or more audited articles at a time, with the user
 * who saved it. Declared here rather than left to Envers's default so that its number
 * comes from an identity column on H2 and PostgreSQL alike (the default picks a sequence
 * on one and an identity on the other).
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(ArticleRevisionListener.class)
public class ArticleRevision {

	static final int MAX_USERNAME_LENGTH = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	@Column(name = "rev")
	private int id;

	@RevisionTimestamp
	@Column(name = "revtstmp")
	private long timestamp;

	private String username;

	@Column(name = "restored_from")
	private Integer restoredFrom;

	public int getId() {
		return this.id;
	}

	public Instant getTimestamp() {
		return Instant.ofEpochMilli(this.timestamp);
	}

	/** Who saved, or {@code null} for a save no user made (the demo seed, a job). */
	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = (username != null && username.length() > MAX_USERNAME_LENGTH)
				? username.substring(0, MAX_USERNAME_LENGTH) : username;
	}

	/** The revision this one brought back, when it is a restore. */
	public Integer getRestoredFrom() {
		return this.restoredFrom;
	}

	public void markRestoredFrom(int revision) {
		this.restoredFrom = revision;
	}

}
