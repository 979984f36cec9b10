package org.roguewatch.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PostgresServerTest {
    @Test
    void withoutPostgreSqlADeveloperMachineSkipsAndCiFails() {
        TestAbortedException skip = assertThrows(TestAbortedException.class,
                () -> PostgresServer.unavailable("no /usr/lib/postgresql/*/bin/initdb", false));
        assertTrue(skip.getMessage().contains("no /usr/lib/postgresql/*/bin/initdb")
                && skip.getMessage().contains("Debian package postgresql"), skip.getMessage());
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> PostgresServer.unavailable("no /usr/lib/postgresql/*/bin/initdb", true));
        assertTrue(failure.getMessage().contains("CI=true"), failure.getMessage());
    }

    @Test
    void everyDatabaseItCreatesIsNewAndEmpty() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String first = server.createDatabase();
        String second = server.createDatabase();
        assertTrue(!first.equals(second) && first.startsWith("jdbc:postgresql://127.0.0.1:"), first + " " + second);
        try (var connection = new TestDatabase(second, server.user(), "").connect();
             var rows = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            assertTrue(rows.next() && rows.getInt(1) == 0, "no tables in a new database");
        }
    }
}
