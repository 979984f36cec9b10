package org.roguewatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.registry.Severity;

/**
 * Identity-and-plan signatures, each fired by frames our encoders write and silent on a genuine
 * counterpart. (The real-capture negatives are in {@link RealCaptureDetectionTest}.)
 */
class IdentityAndPlanDetectorsTest {
    private static final String VODAFONE_PLAN_ROW = "GSM,262,02,318,11225,725";

    private static List<CellObservation> oneCell(java.util.function.Consumer<GsmAir.Cell> setUp) {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = air.cell(725);
        setUp.accept(cell);
        cell.broadcast(2);
        return air.observe("probe-1", "air.pcap");
    }

    @Test
    void unplannedIdentityOfTheOwnNetworkIsHigh() {
        Scenario scenario = new Scenario().plan(VODAFONE_PLAN_ROW).home("262-02")
                .heard(oneCell(c -> c.identity("262", "02", 318, 999)));
        Finding finding = scenario.findings("CELL-NOT-IN-PLAN").get(0);
        assertEquals(Severity.HIGH, finding.severity());
        assertTrue(finding.evidence().stream().anyMatch(e -> e.field().equals("gsm_a.bssmap.cell_ci")
                && e.value().equals(999)), finding.evidence().toString());
        assertEquals(Verdict.ROGUE, scenario.cell(725).verdict());
    }

    @Test
    void plannedIdentityIsNotFlaggedAndForeignOnesAreOnlyInformation() {
        assertEquals(List.of(), new Scenario().plan(VODAFONE_PLAN_ROW).home("262-02").heard(oneCell(c -> { }))
                .findings("CELL-NOT-IN-PLAN"));
        Finding foreign = new Scenario().plan(VODAFONE_PLAN_ROW).home("262-02")
                .heard(oneCell(c -> c.identity("262", "01", 5, 6))).findings("CELL-NOT-IN-PLAN").get(0);
        assertEquals(Severity.INFO, foreign.severity());
        assertEquals(0.0, foreign.weight());
    }

    @Test
    void plannedIdentityOnAnotherArfcnIsAPlanMismatch() {
        GsmAir air = new GsmAir();
        air.cell(730).broadcast(2); // 262-02-318-11225, planned on 725
        Finding finding = new Scenario().plan(VODAFONE_PLAN_ROW).heard(air.observe("p", "a.pcap"))
                .findings("CELL-PLAN-MISMATCH").get(0);
        assertEquals(730, finding.evidence().get(0).value());
        assertEquals("gsmtap.arfcn", finding.evidence().get(0).field());
        assertEquals(List.of(), new Scenario().plan(VODAFONE_PLAN_ROW).heard(oneCell(c -> { }))
                .findings("CELL-PLAN-MISMATCH"));
    }

    @Test
    void testNetworkCodeIsHighEvenWithoutConfiguration() {
        Finding finding = new Scenario().heard(oneCell(c -> c.identity("001", "01", 1, 10)))
                .findings("FOREIGN-OR-TEST-PLMN").get(0);
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals("001", finding.evidence().get(0).value());
    }

    @Test
    void testNetworkTheOperatorDeclaresItsOwnIsNotFlagged() {
        List<CellObservation> lab = oneCell(c -> c.identity("001", "01", 1, 10));
        assertEquals(List.of(), new Scenario().home("001-01").heard(lab).findings("FOREIGN-OR-TEST-PLMN"));
        assertEquals(List.of(), new Scenario().plan("GSM,001,01,1,10,725").heard(lab).findings("FOREIGN-OR-TEST-PLMN"));
    }

    @Test
    void plmnOutsideHomeAndPartnersIsForeignOnlyWhenListsAreConfigured() {
        List<CellObservation> cell = oneCell(c -> c.identity("262", "07", 1, 10));
        assertEquals(1, new Scenario().home("262-02").heard(cell).findings("FOREIGN-OR-TEST-PLMN").size());
        assertEquals(0, new Scenario().heard(cell).findings("FOREIGN-OR-TEST-PLMN").size());
        assertEquals(0, new Scenario().home("262-07").heard(cell).findings("FOREIGN-OR-TEST-PLMN").size());
    }

    @Test
    void unplannedIdentityOnAPlannedCellsArfcnClashes() {
        Scenario scenario = new Scenario().plan(VODAFONE_PLAN_ROW).heard(oneCell(c -> c.identity("262", "02", 999, 77)));
        Finding finding = scenario.findings("PHYSICAL-ID-CLASH").get(0);
        assertEquals(Severity.MEDIUM, finding.severity());
        assertTrue(finding.evidence().get(0).expected().toString().contains("262-02-318-11225"));
        assertEquals(List.of(), new Scenario().plan(VODAFONE_PLAN_ROW).heard(oneCell(c -> { }))
                .findings("PHYSICAL-ID-CLASH"));
    }

    @Test
    void areaMissingFromThePlanIsLonesome() {
        Finding finding = new Scenario().plan(VODAFONE_PLAN_ROW).home("262-02")
                .heard(oneCell(c -> c.identity("262", "02", 4242, 11225))).findings("LONESOME-AREA").get(0);
        assertEquals(4242, finding.evidence().get(0).value());
    }

    @Test
    void onlyCellOfItsAreaAmongManyHeardIsLonesome() {
        GsmAir air = new GsmAir();
        for (int i = 0; i < 4; i++) {
            air.cell(730 + i).identity("262", "02", 318, 100 + i).broadcast(2);
        }
        air.cell(760).identity("262", "02", 999, 1).broadcast(2);
        Scenario scenario = new Scenario().heard(air.observe("p", "a.pcap"));
        List<Finding> findings = scenario.findings("LONESOME-AREA");
        assertEquals(1, findings.size());
        assertEquals(760, findings.get(0).cell().channel());
    }

    @Test
    void areaUnlikeAllItsHeardNeighboursIsInconsistent() {
        GsmAir air = new GsmAir();
        for (int arfcn : new int[] {730, 733, 734}) {
            air.cell(arfcn).identity("262", "02", 318, arfcn).broadcast(2);
        }
        GsmAir.Cell odd = air.cell(760).identity("262", "02", 999, 1);
        odd.neighbours = new int[] {730, 733, 734};
        odd.broadcast(2);
        List<Finding> findings = new Scenario().heard(air.observe("p", "a.pcap")).findings("AREA-INCONSISTENT");
        assertEquals(1, findings.size());
        assertEquals(760, findings.get(0).cell().channel());
        assertEquals(Severity.LOW, findings.get(0).severity());
    }

    @Test
    void levelNoMacroCellReachesIsASignalAnomaly() {
        Finding finding = new Scenario().heard(oneCell(c -> c.signalDbm = -42)).findings("SIGNAL-ANOMALY").get(0);
        assertEquals(-42, finding.evidence().get(0).value());
        assertEquals("gsmtap.signal_dbm", finding.evidence().get(0).field());
        assertEquals(List.of(), new Scenario().heard(oneCell(c -> c.signalDbm = -70)).findings("SIGNAL-ANOMALY"));
    }

    @Test
    void levelJumpingFarAboveTheCellsOwnHistoryIsASignalAnomaly() {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = air.cell(725);
        for (int minute = 0; minute < 15; minute++) {
            cell.signalDbm = -85 + minute % 3; // a steady macro cell: -85..-83 dBm
            cell.broadcast();
            air.pause(60);
        }
        cell.signalDbm = -62; // the identity, cloned by a transmitter much nearer the probe
        cell.broadcast();
        Finding finding = new Scenario().heard(air.observe("p", "a.pcap")).findings("SIGNAL-ANOMALY").get(0);
        assertEquals(-62, finding.evidence().get(0).value());
        assertTrue(finding.evidence().get(0).expected().toString().contains("minutes before"));
    }

    @Test
    void steadyLevelsAreNoAnomaly() {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = air.cell(725);
        for (int minute = 0; minute < 15; minute++) {
            cell.signalDbm = -85 + minute % 5;
            cell.broadcast();
            air.pause(60);
        }
        assertEquals(List.of(), new Scenario().heard(air.observe("p", "a.pcap")).findings("SIGNAL-ANOMALY"));
    }

    @Test
    void cellHeardOnlyForMinutesWhileTheNetworkStaysIsTransient() {
        GsmAir air = new GsmAir();
        GsmAir.Cell network = air.cell(730).identity("262", "02", 318, 1);
        GsmAir.Cell blaster = air.cell(760).identity("262", "02", 318, 2);
        network.broadcast();
        air.pause(30 * 60);
        network.broadcast();
        blaster.broadcast();
        air.pause(5 * 60);
        blaster.broadcast();
        air.pause(30 * 60);
        network.broadcast();
        List<Finding> findings = new Scenario().heard(air.observe("p", "a.pcap")).findings("TRANSIENT-CELL");
        assertEquals(1, findings.size());
        assertEquals(760, findings.get(0).cell().channel());
        assertTrue(findings.get(0).evidence().get(0).frame() > 0);
    }
}
