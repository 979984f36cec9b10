package org.roguewatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.SignalSummary;
import org.roguewatch.spool.Spool;
import org.roguewatch.spool.SpoolSettings;
import org.roguewatch.spool.SpooledRecord;

class SnapshotShipperTest {
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path directory;

    @Test
    void onlyChangedCellsAreSpooledAgain() throws Exception {
        try (Spool spool = Spool.open(directory, SpoolSettings.DEFAULTS)) {
            SnapshotShipper shipper = new SnapshotShipper(spool, 500);
            assertEquals(2, shipper.ship("air", List.of(cell(1, T0, 10), cell(2, T0, 10))));
            assertEquals(0, shipper.ship("air", List.of(cell(1, T0, 10), cell(2, T0, 10))), "nothing changed");
            assertEquals(1, shipper.ship("air", List.of(cell(1, T0.plusSeconds(5), 10), cell(2, T0, 10))));
            assertEquals(2, spool.lastSequence());
        }
    }

    @Test
    void aBatchTooLargeForOneFrameIsSplitAndAHopelessObservationDropped() throws Exception {
        try (Spool spool = Spool.open(directory, SpoolSettings.DEFAULTS)) {
            SnapshotShipper shipper = new SnapshotShipper(spool, 500);
            // Three cells of ~6 MB each: together over a frame, each fits alone; one of ~20 MB never fits.
            int shipped = shipper.ship("air", List.of(cell(1, T0, 60_000), cell(2, T0, 60_000), cell(3, T0, 60_000),
                    cell(4, T0, 200_000)));
            assertEquals(3, shipped);
            assertEquals(1, shipper.oversize());
            List<SpooledRecord> records = spool.read(1, 10, Long.MAX_VALUE);
            assertTrue(records.size() >= 2, "split into several records: " + records.size());
            assertTrue(records.stream().allMatch(r -> r.payload().length <= SnapshotShipper.MAX_BATCH_BYTES));
        }
    }

    /** A GSM cell whose message table has {@code names} distinct 100-character names: a size knob. */
    private static CellObservation cell(int arfcn, Instant lastSeen, int names) {
        Map<String, Long> messages = new TreeMap<>();
        String padding = "x".repeat(90);
        for (int i = 0; i < names; i++) {
            messages.put(String.format("%s-%09d", padding, i), 1L);
        }
        return new CellObservation("probe-1", Radio.GSM, arfcn, T0, lastSeen, Map.of(), new TreeMap<>(messages),
                SignalSummary.NONE);
    }
}
