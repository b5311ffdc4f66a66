package org.dastan.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs in a separate JVM for {@link H2DurabilityTest}: inserts rows one commit at a time
 * and prints the id of each row once its commit has returned, until it is killed.
 */
public final class H2WriterProcess {

	private H2WriterProcess() {
	}

	public static void main(String[] args) throws SQLException {
		try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table if not exists saves (id integer primary key, body varchar(1000))");
			}
			try (PreparedStatement insert = connection.prepareStatement("insert into saves values (?, ?)")) {
				for (int id = 1;; id++) {
					insert.setInt(1, id);
					insert.setString(2, "An editor's save number " + id);
					insert.executeUpdate();
					System.out.println("saved " + id);
					System.out.flush();
				}
			}
		}
	}

}
