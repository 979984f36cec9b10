package org.roguewatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.GsmFields;

/**
 * A clone that takes over the genuine cell's ARFCN near a probe: the probe's observations split at
 * the first broadcast naming the other identity, and the clone's frames before that broadcast (its
 * SI1 and SI2, 35 dB stronger) count for the clone, not for the genuine cell.
 */
class SameChannelCloneTest {
    @Test
    void aStrongerCellOnTheSameArfcnBecomesItsOwnObservationFromItsFirstFrame() {
        GsmAir air = new GsmAir();
        GsmAir.Cell genuine = air.cell(725);
        genuine.signalDbm = -80;
        genuine.broadcast(3);
        GsmAir.Cell clone = air.cell(725).identity("262", "02", 318, 999);
        clone.signalDbm = -45;
        clone.neighbours = new int[0];
        clone.broadcast(3);
        List<CellObservation> heard = air.observe("probe-1", "clone.pcap");
        assertEquals(2, heard.size(), heard.toString());
        CellObservation first = heard.get(0);
        CellObservation second = heard.get(1);
        assertEquals(11225, first.identity().ci());
        assertEquals(-80, first.signal().maxDbm(), "no frame of the clone counted for the genuine cell");
        assertEquals(999, second.identity().ci());
        assertEquals(-45, second.signal().minDbm());
        assertEquals(0, second.latest(GsmFields.NEIGHBOURS).size(), "the clone's own SI2, sent before its SI3");
        assertTrue(first.latest(GsmFields.NEIGHBOURS).size() > 0);
        assertTrue(first.history(GsmFields.NEIGHBOURS).sightings().size() == 1, "one neighbour list per cell");

        List<Finding> findings = new Scenario().plan("GSM,262,02,318,11225,725").heard(heard)
                .findings("PHYSICAL-ID-CLASH");
        assertEquals(1, findings.size());
        assertEquals(999L, findings.get(0).cell().cellId());
    }

    @Test
    void aFadeOfTheSameCellIsHeldAndGivenBackToIt() {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = air.cell(725);
        cell.signalDbm = -60;
        cell.broadcast(2);
        cell.signalDbm = -85; // a 25 dB fade, same transmitter
        cell.broadcast(2);
        List<CellObservation> heard = air.observe("probe-1", "fade.pcap");
        assertEquals(1, heard.size());
        assertEquals(-85, heard.get(0).signal().minDbm());
        assertEquals(-60, heard.get(0).signal().maxDbm());
    }
}
