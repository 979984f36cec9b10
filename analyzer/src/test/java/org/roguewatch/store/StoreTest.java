package org.roguewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roguewatch.alert.AlertFixtures;

/**
 * The store's behaviour on every database it supports: the embedded H2 file, H2's PostgreSQL mode and a real
 * PostgreSQL server (skipped where the Debian package is absent, failed in CI), so SQL that is not portable
 * breaks a test.
 */
class StoreTest {
    private static final Instant T = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void migrationsApplyOnceAndAreRecorded(StoreEngine engine) throws Exception {
        TestDatabase database = engine.fresh(dir);
        try (Store store = database.open()) {
            assertEquals(Migrator.migrations().size(), store.schemaVersion());
        }
        try (Store store = database.open()) {
            assertEquals(Migrator.migrations().size(), store.schemaVersion(), "reopening applies nothing twice");
        }
        try (Connection c = database.connect();
             ResultSet rows = c.createStatement().executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
            for (int version = 1; version <= Migrator.migrations().size(); version++) {
                assertTrue(rows.next());
                assertEquals(version, rows.getInt(1));
                assertEquals(Migrator.migrations().get(version - 1), rows.getString(2));
            }
            assertFalse(rows.next(), "one row per migration");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void locationsWithTracksAndOutboxStateSurviveReopening(StoreEngine engine) {
        TestDatabase database = engine.fresh(dir);
        var location = AlertFixtures.location(51.2, 6.7, 3);
        try (Store store = database.open()) {
            store.saveLocation("GSM x", location);
            assertTrue(store.enqueue(new OutboxEntry("k1", "webhook", "{}", T, 0, T, null, null)));
            assertFalse(store.enqueue(new OutboxEntry("k1", "webhook", "{}", T, 0, T, null, null)), "same key once");
            store.markFailed("k1", 1, T.plusSeconds(5), "ConnectException");
        }
        try (Store store = database.open()) {
            StoredLocation stored = store.locations().get(0);
            assertEquals(location, stored.location());
            assertEquals(List.of(), store.due("webhook", T.plusSeconds(4), 10), "not due before its backoff");
            OutboxEntry due = store.due("webhook", T.plusSeconds(5), 10).get(0);
            assertEquals(1, due.attempts());
            assertEquals("ConnectException", due.lastError());
            assertNull(due.deliveredAt());
            assertEquals(1, store.pendingDeliveries());
        }
    }

    /** Entries queued in the same millisecond go out in key order (Java's), whatever the database's collation. */
    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void dueEntriesCreatedTogetherComeInTheSameOrderOnEveryDatabase(StoreEngine engine) {
        try (Store store = engine.fresh(dir).open()) {
            for (String key : List.of("rw-a:1:opened", "rw-a:10:updated", "rw-A:2:updated", "rw-b:1:opened")) {
                store.enqueue(new OutboxEntry(key, "webhook", "{}", T, 0, T, null, null));
            }
            store.enqueue(new OutboxEntry("rw-0:1:opened", "webhook", "{}", T.plusMillis(1), 0, T, null, null));
            assertEquals(List.of("rw-A:2:updated", "rw-a:10:updated"), keys(store.due("webhook", T, 2)));
            assertEquals(List.of("rw-A:2:updated", "rw-a:10:updated", "rw-a:1:opened", "rw-b:1:opened",
                    "rw-0:1:opened"), keys(store.due("webhook", T, 10)), "then the later one");
        }
    }

    private static List<String> keys(List<OutboxEntry> entries) {
        return entries.stream().map(OutboxEntry::idempotencyKey).toList();
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void alertsFindingsWithEvidenceProbesAndDeliveriesSurviveReopening(StoreEngine engine) {
        TestDatabase database = engine.fresh(dir);
        AlertRow resolved = new AlertRow("rw-00000000000000000001", "GSM x", "x", "GSM", "resolved", "high", 21.0, T,
                T.plusSeconds(1), T, T.plusSeconds(1), 2, "g", "{\"n\":\"é\"}");
        AlertRow open = new AlertRow("rw-00000000000000000002", "GSM y", "y", "GSM", "open", "medium", 7.5,
                T.plusSeconds(2), T.plusSeconds(2), T.plusSeconds(2), null, 1, "h", "{}");
        List<FindingRow> findings = List.of(
                new FindingRow("GSM x", "GSM-NULL-CIPHER", 1, "high", 3.0, "cipher off", "[{\"frame\":17}]"),
                new FindingRow("GSM x", "GSM-EMPTY-BA", 2, "medium", 1.5, "no neighbours", "[{\"frame\":18}]"));
        ProbeRow north = new ProbeRow("North", 51.0, 6.0, T, "ok");
        ProbeRow south = new ProbeRow("south", null, null, null, "silent");
        ProbeRow east = new ProbeRow("east", 51.1, 6.1, T, "ok");
        try (Store store = database.open()) {
            store.saveAlert(new AlertRow(resolved.id(), "GSM x", "x", "GSM", "open", "high", 21.0, T, T, T, null, 1,
                    "f", "{}"));
            store.saveAlert(resolved);
            store.saveAlert(open);
            store.saveAssessments(List.of(new CellRow("GSM x", "GSM", "x", "rogue", 21.0, T, "{}")),
                    List.of(new FindingRow("GSM x", "GSM-OLD", 1, "low", 1.0, "replaced", "[]")));
            store.saveAssessments(List.of(new CellRow("GSM x", "GSM", "x", "rogue", 21.0, T, "{}")), findings);
            store.saveAssessments(List.of(new CellRow("FM 88.80 MHz", "FM", "pirate", "rogue", 3.0, T, "{}"),
                    new CellRow("GSM-R 1", "GSM", "r", "rogue", 3.0, T, "{}")), List.of());
            store.saveProbe(new ProbeRow("North", 50.0, 5.0, T.minusSeconds(60), "stale"));
            store.saveProbe(south);
            store.saveProbe(north);
            store.saveProbe(east);
            store.enqueue(new OutboxEntry("k", "webhook", "{}", T, 0, T, null, null));
            store.markDelivered("k", 1, T);
        }
        try (Store store = database.open()) {
            assertEquals(List.of(open, resolved), store.alerts(), "newest first, updated in place");
            assertEquals(List.of(open), store.openAlerts());
            assertEquals(findings, store.findings("GSM x"), "replaced, with their evidence, in order");
            assertEquals(findings, store.findings(null));
            assertEquals(List.of("GSM x", "FM 88.80 MHz", "GSM-R 1"),
                    store.cells().stream().map(CellRow::emitter).toList(), "by score, then emitter in code point order");
            assertEquals(List.of(north, east, south), store.probes(), "replaced; in code point order on every database");
            assertEquals(0, store.pendingDeliveries());
            assertEquals(T, store.outbox("webhook").get(0).deliveredAt());
            assertTrue(store.healthy());
        }
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)"),
                Migrator.statements("-- comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a VALUES (1);\n"));
    }
}
