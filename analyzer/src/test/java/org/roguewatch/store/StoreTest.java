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
            for (int version = 1; version <= Migrator.migrations().size(); version++) {
                assertTrue(rows.next());
                assertEquals(version, rows.getInt(1));
                assertEquals(Migrator.migrations().get(version - 1), rows.getString(2));
            }
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

    /**
     * The SQL stays portable: the whole store works on H2 in PostgreSQL compatibility mode (folded lower-case
     * names as PostgreSQL does), the closest check possible without a PostgreSQL server in the build.
     */
    @Test
    void theStoreRunsInPostgreSqlCompatibilityMode() {
        String url = "jdbc:h2:mem:pgmode;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
        Instant t = Instant.parse("2026-11-24T08:00:00Z");
        try (Store store = Store.open(url, "sa", "")) {
            store.saveAlert(new AlertRow("rw-00000000000000000001", "GSM x", "x", "GSM", "open", "high", 21.0, t, t,
                    t, null, 1, "f", "{}"));
            store.saveAlert(new AlertRow("rw-00000000000000000001", "GSM x", "x", "GSM", "resolved", "high", 21.0, t,
                    t, t, t, 2, "g", "{}"));
            store.saveAssessments(List.of(new CellRow("GSM x", "GSM", "x", "rogue", 21.0, t, "{}")),
                    List.of(new FindingRow("GSM x", "GSM-NULL-CIPHER", 1, "high", 3.0, "s", "[]")));
            store.saveLocation("GSM x", AlertFixtures.location(51.2, 6.7, 2));
            store.saveProbe(new ProbeRow("north", 51.0, 6.0, t, "ok"));
            store.enqueue(new OutboxEntry("k", "webhook", "{}", t, 0, t, null, null));
            store.markDelivered("k", 1, t);
        }
        try (Store store = Store.open(url, "sa", "")) {
            assertEquals("resolved", store.alerts().get(0).status());
            assertEquals(List.of(), store.openAlerts());
            assertEquals(1, store.findings("GSM x").size());
            assertEquals(2, store.locations().get(0).location().track().size());
            assertEquals(0, store.pendingDeliveries());
        }
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)"),
                Migrator.statements("-- comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a VALUES (1);\n"));
    }
}
