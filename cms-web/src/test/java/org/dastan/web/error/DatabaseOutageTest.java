package org.dastan.web.error;

import java.sql.SQLException;

import org.hibernate.TransactionException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failures PostgreSQL and the pool give when the database goes away count as an
 * outage, so kept pages are served stale; other database errors do not.
 */
class DatabaseOutageTest {

	@Test
	void aConnectionPostgreSqlEndedOnShutdownIsAnOutage() {
		SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
				"57P01");
		RuntimeException failure = new JpaSystemException(
				new GenericJDBCException("JDBC exception executing SQL [select ...]", terminated));

		assertThat(DatabaseOutage.causes(failure)).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedIsAnOutage() {
		// All Spring's transaction template reports after a 57P01: HikariCP's "closed"
		// connection refusing the rollback, without a SQLSTATE.
		RuntimeException failure = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

		assertThat(DatabaseOutage.causes(failure)).isTrue();
	}

	@Test
	void aConstraintViolationIsNotAnOutage() {
		RuntimeException failure = new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"));

		assertThat(DatabaseOutage.causes(failure)).isFalse();
		assertThat(DatabaseOutage.causes(new IllegalStateException("no database involved"))).isFalse();
	}

}
