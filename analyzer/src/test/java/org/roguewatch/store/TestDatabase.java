package org.roguewatch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** One empty database a test may open as a store any number of times, or inspect over plain JDBC. */
public record TestDatabase(String url, String user, String password) {
    public Store open() {
        return Store.open(url, user, password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
