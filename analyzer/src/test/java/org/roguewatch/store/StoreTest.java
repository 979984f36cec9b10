package org.roguewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.alert.AlertFixtures;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void migrationsApplyOnceAndAreRecorded() throws Exception {
        try (Store store = Store.openH2File(dir.resolve("db"))) {
            assertEquals(Migrator.migrations().size(), store.schemaVersion());
        }
        try (Store store = Store.openH2File(dir.resolve("db"))) {
            assertEquals(Migrator.migrations().size(), store.schemaVersion(), "reopening applies nothing twice");
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
             ResultSet rows = c.createStatement().executeQuery("SELECT version, name FROM schema_version")) {
            assertTrue(rows.next());
            assertEquals(1, rows.getInt(1));
            assertEquals("V1__initial.sql", rows.getString(2));
            assertTrue(!rows.next(), "one row per migration");
        }
    }

    @Test
    void locationsWithTracksAndOutboxStateSurviveReopening() {
        Instant t = Instant.parse("2026-11-24T08:00:00Z");
        var location = AlertFixtures.location(51.2, 6.7, 3);
        try (Store store = Store.openH2File(dir.resolve("db"))) {
            store.saveLocation("GSM x", location);
            assertTrue(store.enqueue(new OutboxEntry("k1", "webhook", "{}", t, 0, t, null, null)));
            assertTrue(!store.enqueue(new OutboxEntry("k1", "webhook", "{}", t, 0, t, null, null)), "same key once");
            store.markFailed("k1", 1, t.plusSeconds(5), "ConnectException");
        }
        try (Store store = Store.openH2File(dir.resolve("db"))) {
            StoredLocation stored = store.locations().get(0);
            assertEquals(location, stored.location());
            assertEquals(List.of(), store.due("webhook", t.plusSeconds(4), 10), "not due before its backoff");
            OutboxEntry due = store.due("webhook", t.plusSeconds(5), 10).get(0);
            assertEquals(1, due.attempts());
            assertEquals("ConnectException", due.lastError());
            assertNull(due.deliveredAt());
            assertEquals(1, store.pendingDeliveries());
        }
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)"),
                Migrator.statements("-- comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a VALUES (1);\n"));
    }
}
