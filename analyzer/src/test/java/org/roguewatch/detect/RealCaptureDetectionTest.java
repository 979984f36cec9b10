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
 * their cells, raise nothing; against an empty plan, only CELL-NOT-IN-PLAN per cell.
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
    void realCapturesWithTheirCellsPlannedRaiseNothing() throws Exception {
        List<CellObservation> heard = allRealCaptures();
        assertEquals(1, heard.size(), "one GSM cell; the LTE capture has no GSM cells until LTE decoding lands");
        Scenario scenario = new Scenario().plan(CellPlan.load(PLAN, false)).home("262-02").heard(heard);
        List<CellAssessment> assessments = scenario.assess();
        for (CellAssessment assessment : assessments) {
            assertEquals(List.of(), assessment.findings(), assessment.cell().toString());
            assertEquals(Verdict.OK, assessment.verdict());
        }
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
                assertTrue(finding.signature().equals("CELL-NOT-IN-PLAN") || finding.severity() != Severity.HIGH,
                        finding.toString());
            }
        }
    }
}
