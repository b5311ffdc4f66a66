package org.dastan.core.article;

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
 * One Envers revision: a save of one or more audited articles at a time. Declared here
 * rather than left to Envers's default so that its number comes from an identity column
 * on H2 and PostgreSQL alike (the default picks a sequence on one and an identity on the
 * other).
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity
public class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	@Column(name = "rev")
	private int id;

	@RevisionTimestamp
	@Column(name = "revtstmp")
	private long timestamp;

	public int getId() {
		return this.id;
	}

	public Instant getTimestamp() {
		return Instant.ofEpochMilli(this.timestamp);
	}

}
