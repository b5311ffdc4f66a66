package org.dastan.core.change.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.dastan.core.cache.ContentKey;

/**
 * Writes one row to {@code content_changes} for each transaction that changes content,
 * with every key its events touched, just before it commits and in the same database
 * transaction, so that the row and the change become visible together; then tells this
 * node. A rolled-back transaction writes nothing; a change made outside any transaction
 * is written at once.
 */
@Component
public class ChangeLog {

	static final String INSERT = "insert into content_changes (content_keys, written_by, changed_at) values (?, ?, ?)";

	// The column's size, less room for safety: a change naming more keys than fit drops
	// everything instead.
	static final int MAX_KEYS_LENGTH = 3900;

	private final JdbcTemplate jdbc;

	private final EntityManagerFactory entityManagerFactory;

	private final PersistenceExceptionTranslator translator;

	private final Clock clock;

	// Which process wrote a row: it skips its own rows when it reads the log.
	private final String node = UUID.randomUUID().toString();

	private volatile Consumer<Set<String>> afterLocalCommit = (keys) -> {
	};

	ChangeLog(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory, Clock clock) {
		this.jdbc = jdbc;
		this.entityManagerFactory = entityManagerFactory;
		this.translator = ((EntityManagerFactoryInfo) entityManagerFactory).getJpaDialect();
		this.clock = clock;
	}

	/**
	 * Content that shows these keys changed in the current transaction, or just now when
	 * there is none. However many events a transaction publishes, it writes one row.
	 */
	public void changed(Set<String> keys) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write(keys);
			committed(keys);
			return;
		}
		PendingChange pending = (PendingChange) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new PendingChange();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.keys.addAll(keys);
	}

	/** What to run on this node once a change it made is committed, with the keys. */
	public void afterLocalCommit(Consumer<Set<String>> hook) {
		this.afterLocalCommit = hook;
	}

	/** The name of this process in the {@code written_by} column. */
	public String node() {
		return this.node;
	}

	private void write(Set<String> keys) {
		String joined = String.join(" ", keys);
		String stored = (joined.length() <= MAX_KEYS_LENGTH) ? joined : ContentKey.ALL;
		this.jdbc.update(INSERT, stored, this.node, Timestamp.from(this.clock.instant()));
	}

	private void committed(Set<String> keys) {
		this.afterLocalCommit.accept(keys);
	}

	/**
	 * Hibernate writes the entities only as the transaction commits, after this row would
	 * be written: flushed first, so that a failing save fails before the row is written.
	 * Failures are translated as the transaction manager translates them at commit, so
	 * that a stale save still reads as an optimistic-locking failure.
	 */
	private void writeEntitiesFirst() {
		if (TransactionSynchronizationManager
			.getResource(this.entityManagerFactory) instanceof EntityManagerHolder holder) {
			try {
				holder.getEntityManager().flush();
			}
			catch (RuntimeException ex) {
				throw DataAccessUtils.translateIfNecessary(ex, this.translator);
			}
		}
	}

	/** The keys one transaction touched, and its row once written. */
	private final class PendingChange implements TransactionSynchronization {

		private final Set<String> keys = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!readOnly) {
				writeEntitiesFirst();
			}
			write(this.keys);
		}

		@Override
		public void afterCommit() {
			committed(this.keys);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ChangeLog.this);
		}

	}

}
