package org.roguewatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.registry.Severity;

/** GSM broadcast signatures on System Information written by our encoders. */
class BroadcastDetectorsTest {

    private static List<CellObservation> oneCell(Consumer<GsmAir.Cell> setUp, int cycles) {
        GsmAir air = new GsmAir();
        GsmAir.Cell cell = air.cell(725);
        setUp.accept(cell);
        cell.broadcast(cycles);
        return air.observe("probe-1", "air.pcap");
    }

    /** Five ordinary cells of 262-02 to learn a baseline from. */
    private static List<CellObservation> benignNetwork() {
        GsmAir air = new GsmAir();
        for (int i = 0; i < 5; i++) {
            air.cell(730 + i).identity("262", "02", 318, 100 + i).broadcast(4);
        }
        return air.observe("probe-0", "benign.pcap");
    }

    @Test
    void emptyBaListIsFlagged() {
        Finding finding = new Scenario().heard(oneCell(c -> {
            c.neighbours = new int[0];
            c.si2ter = false;
        }, 2)).findings("GSM-EMPTY-NEIGHBOURS").get(0);
        assertEquals(Severity.MEDIUM, finding.severity());
        assertEquals(List.of(), finding.evidence().get(0).value());
        assertEquals("gsm_a.rr.arfcn_list", finding.evidence().get(0).field());
    }

    @Test
    void fullBaListIsNotFlagged() {
        assertEquals(List.of(), new Scenario().heard(oneCell(c -> { }, 2)).findings("GSM-EMPTY-NEIGHBOURS"));
    }

    @Test
    void neighboursThatDoNotListTheCellBackAreAsymmetric() {
        GsmAir air = new GsmAir();
        air.cell(730).identity("262", "02", 318, 1).broadcast(2); // lists 730..746, not 760
        air.cell(733).identity("262", "02", 318, 2).broadcast(2);
        GsmAir.Cell rogue = air.cell(760).identity("262", "02", 318, 3);
        rogue.neighbours = new int[] {730, 733};
        rogue.broadcast(2);
        List<Finding> findings = new Scenario().heard(air.observe("p", "a.pcap")).findings("GSM-NEIGHBOUR-ASYMMETRY");
        assertEquals(1, findings.size());
        assertEquals(760, findings.get(0).cell().channel());
    }

    @Test
    void neighboursThatListTheCellBackAreSymmetric() {
        GsmAir air = new GsmAir();
        GsmAir.Cell a = air.cell(730).identity("262", "02", 318, 1);
        a.neighbours = new int[] {733, 760};
        a.broadcast(2);
        GsmAir.Cell b = air.cell(733).identity("262", "02", 318, 2);
        b.neighbours = new int[] {730, 760};
        b.broadcast(2);
        GsmAir.Cell c = air.cell(760).identity("262", "02", 318, 3);
        c.neighbours = new int[] {730, 733};
        c.broadcast(2);
        assertEquals(List.of(), new Scenario().heard(air.observe("p", "a.pcap")).findings("GSM-NEIGHBOUR-ASYMMETRY"));
    }

    @Test
    void reselectOffsetOf126DbAddedToC2IsFlagged() {
        Finding finding = new Scenario().heard(oneCell(c -> {
            c.cellReselectOffset = 63;
            c.penaltyTime = 0;
        }, 2)).findings("GSM-HIGH-RESELECT-OFFSET").get(0);
        assertEquals(63, finding.evidence().get(0).value());
        assertEquals("gsm_a.rr.cell_reselect_offset", finding.evidence().get(0).field());
    }

    @Test
    void largeOffsetSubtractedWithPenaltyTime31IsNotFlagged() {
        // The real Vodafone cell: CRO 40 (80 dB) with PENALTY_TIME 31, i.e. subtracted from C2.
        assertEquals(List.of(), new Scenario().heard(oneCell(c -> c.cellReselectOffset = 40, 2))
                .findings("GSM-HIGH-RESELECT-OFFSET"));
    }

    @Test
    void t3212OfZeroOrMinutesIsFlagged() {
        assertEquals(0, new Scenario().heard(oneCell(c -> c.t3212 = 0, 2)).findings("GSM-LOW-T3212").get(0)
                .evidence().get(0).value());
        assertEquals(3, new Scenario().heard(oneCell(c -> c.t3212 = 3, 2)).findings("GSM-LOW-T3212").get(0)
                .evidence().get(0).value());
        assertEquals(List.of(), new Scenario().heard(oneCell(c -> { }, 2)).findings("GSM-LOW-T3212"));
    }

    @Test
    void t3212ZeroIsNormalWhereTheOperatorUsesIt() {
        List<CellObservation> zeroNetwork = new ArrayList<>();
        GsmAir air = new GsmAir();
        for (int i = 0; i < 5; i++) {
            GsmAir.Cell cell = air.cell(730 + i).identity("262", "02", 318, 100 + i);
            cell.t3212 = 0;
            cell.broadcast(2);
        }
        zeroNetwork.addAll(air.observe("probe-0", "benign.pcap"));
        assertEquals(List.of(), new Scenario().baseline(zeroNetwork).heard(oneCell(c -> c.t3212 = 0, 2))
                .findings("GSM-LOW-T3212"));
    }

    @Test
    void accessParametersNoLearnedCellUsesAreOffPlan() {
        Finding finding = new Scenario().baseline(benignNetwork()).heard(oneCell(c -> {
            c.rxlevAccessMin = 0;
            c.msTxpwrMaxCch = 5;
        }, 2)).findings("GSM-PARAMS-OFF-PLAN").get(0);
        assertEquals(Severity.LOW, finding.severity());
        assertEquals(2, finding.evidence().size());
        assertTrue(finding.summary().contains("rxlevAccessMin 0"));
    }

    @Test
    void parametersLikeTheLearnedCellsAreNotOffPlan() {
        assertEquals(List.of(), new Scenario().baseline(benignNetwork()).heard(oneCell(c -> { }, 2))
                .findings("GSM-PARAMS-OFF-PLAN"));
        assertEquals(List.of(), new Scenario().heard(oneCell(c -> c.rxlevAccessMin = 0, 2))
                .findings("GSM-PARAMS-OFF-PLAN"), "no baseline, no judgement");
    }

    @Test
    void cellWithoutGprsWhereAllLearnedCellsHaveItIsFlagged() {
        Finding finding = new Scenario().baseline(benignNetwork()).heard(oneCell(c -> c.gprs = false, 2))
                .findings("GSM-NO-GPRS").get(0);
        assertEquals(false, finding.evidence().get(0).value());
        assertEquals(List.of(), new Scenario().baseline(benignNetwork()).heard(oneCell(c -> { }, 2))
                .findings("GSM-NO-GPRS"));
    }

    @Test
    void systemInformationTheOperatorAlwaysSendsMissingIsIncomplete() {
        Finding finding = new Scenario().baseline(benignNetwork()).heard(oneCell(c -> {
            c.si2ter = false;
            c.si2quater = false;
        }, 4)).findings("GSM-INCOMPLETE-SI").get(0);
        assertEquals(2, finding.evidence().size());
        assertEquals(List.of(), new Scenario().baseline(benignNetwork()).heard(oneCell(c -> { }, 4))
                .findings("GSM-INCOMPLETE-SI"));
        assertEquals(List.of(), new Scenario().baseline(benignNetwork()).heard(oneCell(c -> c.si2ter = false, 2))
                .findings("GSM-INCOMPLETE-SI"), "two SI3 are too short a listen to judge");
    }
}
