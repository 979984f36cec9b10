package org.roguewatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.CaptureReplay;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.probe.GsmtapIngest;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.registry.CellPlan;
import org.roguewatch.registry.Severity;
import org.roguewatch.testing.SharedCaptures;

/**
 * No false alarm on real networks: the shared real captures, checked against a plan that lists
 * their cells, raise nothing above Info; against an empty plan, only CELL-NOT-IN-PLAN per cell (and, for the lab LTE cell on
 * test PLMN 901-55, FOREIGN-OR-TEST-PLMN) at High severity.
 */
class RealCaptureDetectionTest {
    private static final Path PLAN = Path.of("..", "config", "cell-plan.csv");

    static List<CellObservation> observe(String capture) throws IOException {
        Path file = SharedCaptures.require(capture);
        GsmtapIngest ingest = new GsmtapIngest("probe-1", new FrameCounters());
        try (PacketReader reader = CaptureFiles.open(file, ingest.counters())) {
            CaptureReplay.replay(reader, file.toString(), ingest, GsmtapHeader.DEFAULT_UDP_PORT, ReplayProgress.NONE);
        }
        return ingest.observations();
    }

    private static List<CellObservation> allRealCaptures() throws IOException {
        List<CellObservation> out = new ArrayList<>(observe(SharedCaptures.GSM_VODAFONE_ARFCN725));
        out.addAll(observe(SharedCaptures.LTE_SNIFFER_GSMTAP));
        return out;
    }

    @Test
    void realCapturesWithTheirCellsPlannedRaiseNothing(@TempDir Path dir) throws Exception {
        List<CellObservation> heard = allRealCaptures();
        assertEquals(2, heard.size(), "the GSM cell of the Vodafone capture and the LTE cell of the LTESniffer one");
        // The LTESniffer capture comes from a lab eNodeB on test PLMN 901-55; a lab deployment plans
        // that cell and declares the PLMN among its own.
        Path plan = dir.resolve("plan-with-lab-cell.csv");
        Files.writeString(plan, Files.readString(PLAN) + "LTE,901,55,7,105217,0,,51.2274,6.7735,,,,\n");
        Scenario scenario = new Scenario().plan(CellPlan.load(plan, false)).home("262-02", "901-55").heard(heard);
        List<CellAssessment> assessments = scenario.assess();
        for (CellAssessment assessment : assessments) {
            List<Finding> alarms = assessment.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
            assertEquals(List.of(), alarms, assessment.cell().toString());
            assertEquals(Verdict.OK, assessment.verdict());
        }
        // The lab srsENB runs EEA0 under EIA1 (NAS, tshark frame 97) and EIA2 (RRC, frame 105): a keyed
        // network that does not cipher, reported for information only.
        CellAssessment lte = assessments.stream().filter(a -> a.cell().toString().startsWith("901-55-")).findFirst()
                .orElseThrow();
        assertEquals(1, lte.findings().size(), lte.findings().toString());
        Finding nullCipher = lte.findings().get(0);
        assertEquals("LTE-NULL-CIPHER", nullCipher.signature());
        assertEquals(Severity.INFO, nullCipher.severity());
        assertEquals(List.of("97 nas_eps.emm.toc=0", "105 lte-rrc.cipheringAlgorithm=0"), nullCipher.evidence().stream()
                .map(e -> e.frame() + " " + e.field() + "=" + e.value()).toList());
    }

    @Test
    void realCaptureWithABaselineLearnedFromItselfRaisesNothing() throws Exception {
        List<CellObservation> heard = observe(SharedCaptures.GSM_VODAFONE_ARFCN725);
        List<CellAssessment> assessments = new Scenario().plan(CellPlan.load(PLAN, false)).home("262-02")
                .baseline(heard).heard(heard).assess();
        assertEquals(List.of(), assessments.get(0).findings());
    }

    @Test
    void realCapturesAgainstAnEmptyPlanRaiseOnlyCellNotInPlan(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty-plan.csv");
        Files.writeString(empty, "radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon\n");
        List<CellAssessment> assessments = new Scenario().plan(CellPlan.load(empty, false))
                .heard(allRealCaptures()).assess();
        for (CellAssessment assessment : assessments) {
            long notInPlan = assessment.findings().stream().filter(f -> f.signature().equals("CELL-NOT-IN-PLAN")).count();
            assertEquals(1, notInPlan, assessment.cell().toString());
            for (Finding finding : assessment.findings()) {
                // 901-55 is ITU's test range: undeclared, a cell on it is a High finding of its own.
                boolean labPlmn = finding.signature().equals("FOREIGN-OR-TEST-PLMN")
                        && assessment.cell().toString().startsWith("901-55-");
                assertTrue(finding.signature().equals("CELL-NOT-IN-PLAN") || labPlmn
                        || finding.severity() != Severity.HIGH, finding.toString());
            }
        }
    }
}
