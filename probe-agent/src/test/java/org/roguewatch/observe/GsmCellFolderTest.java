package org.roguewatch.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.probe.GsmtapIngest;
import org.roguewatch.probe.SharedCaptureIngest;
import org.roguewatch.testing.SharedCaptures;

/** The Vodafone capture folds into one cell whose fields carry the frames that proved them. */
class GsmCellFolderTest {

    private static CellObservation vodafoneCell() throws IOException {
        GsmtapIngest ingest = SharedCaptureIngest.of(SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725));
        List<CellObservation> cells = ingest.observations();
        assertEquals(1, cells.size(), "one ARFCN in the capture");
        return cells.get(0);
    }

    @Test
    void identityAndParametersAreTheBroadcastOnes() throws IOException {
        CellObservation cell = vodafoneCell();
        assertEquals(Radio.GSM, cell.radio());
        assertEquals(725, cell.channel());
        assertEquals(new CellIdentity("262", "02", 318, 11225), cell.identity());
        assertEquals(10, cell.latest(GsmFields.T3212));
        assertEquals(40, cell.latest(GsmFields.CELL_RESELECT_OFFSET));
        assertEquals(31, cell.latest(GsmFields.PENALTY_TIME));
        assertEquals(ArfcnList.of(725), cell.latest(GsmFields.CELL_ALLOCATION));
        assertEquals(ArfcnList.of(730, 733, 734, 741, 746), cell.latest(GsmFields.NEIGHBOURS));
        assertEquals(ArfcnList.of(4, 6, 8, 10, 12, 53, 61, 63, 65, 67, 69, 75), cell.latest(GsmFields.NEIGHBOURS_MULTIBAND));
        assertEquals(0x78, cell.latest(GsmFields.NCC_PERMITTED));
        assertTrue(cell.latest(GsmFields.GPRS_INDICATOR));
        assertTrue(cell.latest(GsmFields.SI2QUATER_INDICATOR));
        assertFalse(cell.latest(GsmFields.CELL_BARRED));
    }

    @Test
    void eachFieldPointsAtTheFirstFrameThatCarriedIt() throws IOException {
        CellObservation cell = vodafoneCell();
        // Frame numbers as Wireshark shows them: the first SI3 is frame 15, the first SI2 frame 5.
        Sighting<Integer> ci = cell.history(GsmFields.CI).latestSighting();
        assertEquals(15, ci.first().frame());
        assertEquals(17, ci.count(), "17 SI3 frames carry the CI");
        assertEquals(5, cell.history(GsmFields.NEIGHBOURS).latestSighting().first().frame());
        // LAC comes from SI3 and SI4 alike: 34 frames.
        assertEquals(34, cell.history(GsmFields.LAC).latestSighting().count());
        assertFalse(cell.history(GsmFields.T3212).changed());
        assertTrue(cell.history(GsmFields.CI).latestSighting().first().source().endsWith(SharedCaptures.GSM_VODAFONE_ARFCN725));
    }

    @Test
    void messageCountsMatchTsharksCountsInSources() throws IOException {
        // SOURCES.md (tshark): Paging Request Type 1 x538, Notification/NCH x58, SI3 x17, SI4 x17, SI2 x9,
        // SI1 x8, SI2ter x8, SI2quater x8, SI13 x8, Immediate Assignment x2, Paging Type 2 x1.
        CellObservation cell = vodafoneCell();
        Map<String, Long> expected = Map.ofEntries(
                Map.entry("Paging Request Type 1", 538L), Map.entry("Notification/NCH", 58L),
                Map.entry("System Information Type 3", 17L), Map.entry("System Information Type 4", 17L),
                Map.entry("System Information Type 2", 9L), Map.entry("System Information Type 1", 8L),
                Map.entry("System Information Type 2ter", 8L), Map.entry("System Information Type 2quater", 8L),
                Map.entry("System Information Type 13", 8L), Map.entry("Immediate Assignment", 2L),
                Map.entry("Paging Request Type 2", 1L));
        assertEquals(expected, cell.messages());
        assertEquals(674, cell.signal().samples());
        assertEquals(-60, cell.signal().maxDbm());
    }

    @Test
    void countersSeeEveryFrameAndNoMalformedOnes() throws IOException {
        GsmtapIngest ingest = SharedCaptureIngest.of(SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725));
        FrameCounters counters = ingest.counters();
        assertEquals(674, counters.packets());
        assertEquals(674, counters.gsmtapFrames());
        assertEquals(674, counters.messageTotal());
        assertEquals(Map.of(), counters.malformed());
    }

    @Test
    void aChangedValueKeepsBothSightings() {
        FieldTracker<Integer> tracker = new FieldTracker<>();
        org.roguewatch.capture.FrameRef a = new org.roguewatch.capture.FrameRef("f", 1, java.time.Instant.EPOCH);
        org.roguewatch.capture.FrameRef b = new org.roguewatch.capture.FrameRef("f", 2, java.time.Instant.EPOCH);
        tracker.see(10, a);
        tracker.see(1, b);
        FieldHistory<Integer> history = tracker.snapshot();
        assertTrue(history.changed());
        assertEquals(1, history.latest());
        assertEquals(2, history.latestSighting().first().frame());
    }
}
