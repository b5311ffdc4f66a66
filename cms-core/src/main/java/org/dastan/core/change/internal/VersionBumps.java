package org.dastan.core.change.internal;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bumps the content version once in each transaction that changes content, just before it
 * commits and in the same database transaction, so that the new number and the change
 * become visible together; then tells this node. A rolled-back transaction bumps nothing;
 * a change made outside any transaction bumps at once.
 */
@Component
public class VersionBumps {

	static final String BUMP = "update content_version set version = version + 1 where id = 1";

	private final JdbcTemplate jdbc;

	private final EntityManagerFactory entityManagerFactory;

	private final PersistenceExceptionTranslator translator;

	// One instance for every transaction of this context, registered once in each: it
	// keeps no state of its own.
	private final TransactionSynchronization bumpBeforeCommit = new TransactionSynchronization() {

		@Override
		public void beforeCommit(boolean readOnly) {
			writeEntitiesFirst(readOnly);
			bump();
		}

		@Override
		public void afterCommit() {
			committed();
		}

	};

	private volatile Runnable afterLocalCommit = () -> {
	};

	VersionBumps(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.entityManagerFactory = entityManagerFactory;
		this.translator = ((EntityManagerFactoryInfo) entityManagerFactory).getJpaDialect();
	}

	/**
	 * Content changed in the current transaction, or just now when there is none. However
	 * many events a transaction publishes, it bumps once.
	 */
	public void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			bump();
			committed();
		}
		else if (!TransactionSynchronizationManager.getSynchronizations().contains(this.bumpBeforeCommit)) {
			TransactionSynchronizationManager.registerSynchronization(this.bumpBeforeCommit);
		}
	}

	/** What to run on this node once a bump it made is committed. */
	public void afterLocalCommit(Runnable hook) {
		this.afterLocalCommit = hook;
	}

	/**
	 * Hibernate writes the entities only as the transaction commits, after this bump
	 * would run: flushed first, the hot version row stays locked for the commit alone, as
	 * the last write, and never while this transaction waits for another's rows. Failures
	 * are translated as the transaction manager translates them at commit, so that a
	 * stale save still reads as an optimistic-locking failure.
	 */
	private void writeEntitiesFirst(boolean readOnly) {
		if (!readOnly && TransactionSynchronizationManager
			.getResource(this.entityManagerFactory) instanceof EntityManagerHolder holder) {
			try {
				holder.getEntityManager().flush();
			}
			catch (RuntimeException ex) {
				throw DataAccessUtils.translateIfNecessary(ex, this.translator);
			}
		}
	}

	private void bump() {
		this.jdbc.update(BUMP);
	}

	private void committed() {
		this.afterLocalCommit.run();
	}

}
