package org.roguewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.analyze.DetectionSetupLoader;
import org.roguewatch.analyze.OfflineAnalysis;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.Verdict;
import org.roguewatch.observe.ArfcnList;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.registry.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acceptance point "end to end against a real GSM stack" (issue 8): Osmocom's osmo-bsc and
 * osmo-bts-virtual, configured as a hostile or as a benign cell, run in a network namespace with only
 * loopback; a probe there records the BTS's GSMTAP output; the analyzer, given the operator's plan,
 * flags the hostile cell with the catcher signatures and leaves the benign one alone. No MSC runs:
 * the BSC's A interface stays down, as expected, and the BTS broadcasts all the same. A failing run
 * keeps its directory (configurations, osmo logs, both pcaps) for diagnosis.
 */
class RealGsmStackEndToEndTest {
    private static final Logger LOG = LoggerFactory.getLogger(RealGsmStackEndToEndTest.class);
    private static final String MCC = "262";
    private static final String MNC = "42";
    private static final int PLANNED_LAC = 100;
    private static final int BENIGN_ARFCN = 868;
    private static final List<Integer> PLANNED_NEIGHBOURS = List.of(870, 872, 874);
    /** The operator's plan: the benign cell and its three neighbours, all in LAC 100. */
    private static final String PLAN = """
            radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon
            GSM,262,42,100,1001,868,63,51.22740,6.77350
            GSM,262,42,100,1002,870,62,51.23000,6.78000
            GSM,262,42,100,1003,872,61,51.22500,6.77000
            GSM,262,42,100,1004,874,60,51.23200,6.76500
            """;
    private static final String ANALYZER_CONFIG = "plmn.home = 262-42\n";
    private static final Duration FIRST_FRAME_TIMEOUT = Duration.ofSeconds(15);
    /** SI1 to SI4 each come round within about two seconds on osmo-bts's BCCH (SI1 every 8 multiframes, 1.9 s). */
    private static final Duration LISTEN_WINDOW = Duration.ofSeconds(4);
    private static final Set<String> SYSTEM_INFORMATION = Set.of("System Information Type 1",
            "System Information Type 2", "System Information Type 3", "System Information Type 4");

    private static final Set<String> VIRTUAL_UM_EXTRA = Set.of("Paging Request Type 1");

    /** Today's probe step; {@code roguewatch probe} → {@code roguewatch serve} replaces it later. */
    private final GsmtapCollector probe = GsmtapRecorder.udpListener();
    /** The air itself, for the decoders: what a receiver on the virtual Um would demodulate. */
    private final GsmtapCollector air = GsmtapRecorder.virtualUmOnLoopback();

    /** What the probe made of the cell, and what our decoders made of the virtual Um air. */
    private record Heard(AnalysisResult probe, AnalysisResult air) {
    }

    /** Skips (or in CI fails) the whole class at once, before any temporary directory is made. */
    @BeforeAll
    static void machineCanRunTheStack() {
        E2ePrerequisites.require();
    }

    @Test
    void hostileOsmoCellIsFlaggedRogueWithTheCatcherSignatures(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        OsmoCellConfig hostile = OsmoCellConfig.hostile(MCC, MNC, 999, 4711, BENIGN_ARFCN);
        AnalysisResult result = heardAndAnalysed(hostile, dir).probe();

        CellAssessment cell = onlyCell(result);
        assertEquals("262-42-999-4711 ARFCN 868", cell.cell().ref().toString());
        assertEquals(Integer.valueOf(63), cell.cell().latest(GsmFields.CELL_RESELECT_OFFSET), "126 dB is code 63");
        assertEquals(Integer.valueOf(hostile.t3212DeciHours()), cell.cell().latest(GsmFields.T3212));
        assertEquals(0, cell.cell().latest(GsmFields.NEIGHBOURS).size());
        Set<String> signatures = cell.findings().stream().map(Finding::signature)
                .collect(Collectors.toCollection(TreeSet::new));
        // PHYSICAL-ID-CLASH: the catcher took ARFCN 868, which the plan gives to cell 1001.
        assertTrue(signatures.containsAll(List.of("CELL-NOT-IN-PLAN", "PHYSICAL-ID-CLASH", "LONESOME-AREA",
                "GSM-EMPTY-NEIGHBOURS", "GSM-HIGH-RESELECT-OFFSET", "GSM-LOW-T3212")), signatures.toString());
        assertEquals(Verdict.ROGUE, cell.verdict(), cell.findings().toString());
        assertEquals(Severity.HIGH, finding(cell, "CELL-NOT-IN-PLAN").severity(), "the operator's own PLMN");
        assertEquals("gsm_a.rr.cell_reselect_offset=63", evidenceOf(finding(cell, "GSM-HIGH-RESELECT-OFFSET")));
        assertEquals("gsm_a.rr.t3212=1", evidenceOf(finding(cell, "GSM-LOW-T3212")));
    }

    @Test
    void benignOsmoCellMatchingThePlanRaisesNothingAboveInfo(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        OsmoCellConfig benign = OsmoCellConfig.benign(MCC, MNC, PLANNED_LAC, 1001, BENIGN_ARFCN, 63, PLANNED_NEIGHBOURS);
        AnalysisResult result = heardAndAnalysed(benign, dir).probe();

        CellAssessment cell = onlyCell(result);
        assertEquals("262-42-100-1001 ARFCN 868", cell.cell().ref().toString());
        ArfcnList neighbours = cell.cell().latest(GsmFields.NEIGHBOURS);
        assertEquals(PLANNED_NEIGHBOURS, neighbours.toList(), "the BA list osmo-bsc was given");
        assertEquals(Integer.valueOf(benign.t3212DeciHours()), cell.cell().latest(GsmFields.T3212));
        List<Finding> alarms = cell.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(List.of(), alarms);
        assertEquals(Verdict.OK, cell.verdict());
    }

    /**
     * Runs the cell in its namespace, lets the probe hear it (and records the virtual Um air beside it),
     * and analyses both recordings; every frame of this stack no one here wrote must decode.
     */
    private Heard heardAndAnalysed(OsmoCellConfig cell, Path dir) throws Exception {
        Path probed;
        Path aired;
        try (OsmoCellHarness harness = OsmoCellHarness.open(dir)) {
            assertNamespaceIsSealed(harness.namespace());
            GsmtapCollector.Listening probing = probe.start(harness.namespace(), harness.processes(), dir);
            GsmtapCollector.Listening airing = air.start(harness.namespace(), harness.processes(), dir);
            harness.startCell(cell);
            probed = probing.finish(FIRST_FRAME_TIMEOUT, LISTEN_WINDOW);
            aired = airing.finish(FIRST_FRAME_TIMEOUT, Duration.ZERO);
        }
        AnalysisResult probeResult = analyse(probed, GsmtapRecorder.GSMTAP_PORT, dir);
        assertDecodedCleanly(probeResult, SYSTEM_INFORMATION, probed);
        AnalysisResult airResult = analyse(aired, GsmtapRecorder.VIRTUAL_UM_PORT, dir);
        Set<String> onAir = new TreeSet<>(SYSTEM_INFORMATION);
        onAir.addAll(VIRTUAL_UM_EXTRA);
        assertDecodedCleanly(airResult, onAir, aired);
        assertEquals(onlyCell(probeResult).cell().ref(), onlyCell(airResult).cell().ref(), "one cell, both ways");
        CellAssessment judged = onlyCell(probeResult);
        LOG.info("{}: {} score {}, findings {}; probe heard {} (GSMTAP {}), air carried {} and {}", judged.cell().ref(),
                judged.verdict(), judged.score(), judged.findings().stream().map(f -> f.signature() + "/"
                        + f.severity()).toList(), probeResult.counters().messages(), probeResult.counters().gsmtapTypes(),
                airResult.counters().messages(), airResult.counters().withoutMessage());
        return new Heard(probeResult, airResult);
    }

    private static void assertDecodedCleanly(AnalysisResult result, Set<String> expectedTypes, Path pcap) {
        assertEquals(Map.of(), result.counters().malformed(), "malformed frames in " + pcap);
        Set<String> types = result.counters().messages().keySet();
        assertTrue(types.containsAll(expectedTypes), "message types in " + pcap + ": " + types);
    }

    private static void assertNamespaceIsSealed(NetworkNamespace namespace) throws IOException {
        List<String> links = namespace.links().lines().toList();
        assertEquals(1, links.size(), "only loopback: " + links);
        assertTrue(links.get(0).contains(": lo:"), links.get(0));
        assertTrue(namespace.routes().contains("224.0.0.0/4 dev lo"), namespace.routes());
    }

    private static AnalysisResult analyse(Path pcap, int gsmtapPort, Path dir) throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.csv"), PLAN);
        Path config = Files.writeString(dir.resolve("analyzer.properties"), ANALYZER_CONFIG);
        DetectionSetup setup = DetectionSetupLoader.load(config, plan, false, null);
        return OfflineAnalysis.run(List.of(pcap), new OfflineAnalysis.Options("e2e-probe", gsmtapPort, false,
                setup), (ref, header, message) -> { }, ReplayProgress.NONE);
    }

    private static CellAssessment onlyCell(AnalysisResult result) {
        List<CellAssessment> cells = result.assessments();
        assertEquals(1, cells.size(), "cells heard: " + cells);
        return cells.get(0);
    }

    private static Finding finding(CellAssessment cell, String signature) {
        return cell.findings().stream().filter(f -> f.signature().equals(signature)).findFirst()
                .orElseThrow(() -> new AssertionError(signature + " not among " + cell.findings()));
    }

    /** The first evidence item as "field=value", the way tshark would name it. */
    private static String evidenceOf(Finding finding) {
        return finding.evidence().get(0).field() + "=" + finding.evidence().get(0).value();
    }
}
