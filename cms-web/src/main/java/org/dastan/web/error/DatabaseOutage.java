package org.dastan.web.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database could not be reached (the pool timed out, the
 * server refused or dropped the connection) from any other. Pages kept from before are
 * then served stale, and error pages do not ask the database again for the layout.
 */
public final class DatabaseOutage {

	private DatabaseOutage() {
	}

	/** Whether the failure, or any of its causes, is the database being unreachable. */
	public static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException
					|| (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))
					|| isFailedRollback(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * A rollback that fails in the driver: a healthy connection always rolls back, so the
	 * connection is gone. After PostgreSQL ends a connection (57P01), Spring's
	 * transaction template reports only this rollback failure ("Connection is closed",
	 * from the pool, without a SQLSTATE) and drops the first error.
	 */
	private static boolean isFailedRollback(Throwable failure) {
		return failure instanceof org.hibernate.TransactionException && failure.getCause() instanceof SQLException;
	}

	/**
	 * SQLSTATE class 08 is a connection exception; 57P01 to 57P03 are the server shutting
	 * down or not yet accepting connections. A connection PostgreSQL ended on a fast
	 * shutdown fails with 57P01, a plain {@link SQLException} that Hibernate and Spring
	 * wrap in generic exceptions.
	 */
	private static boolean isConnectionState(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
	}

}
