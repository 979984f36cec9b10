package org.roguewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roguewatch.e2e.ServedReport.items;
import static org.roguewatch.e2e.ServedReport.members;
import static org.roguewatch.e2e.ServedReport.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.analyze.DetectionSetupLoader;
import org.roguewatch.analyze.OfflineAnalysis;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.spectrum.json.JsonValue.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acceptance point "end to end against a real GSM stack" (issue 8): Osmocom's osmo-bsc and
 * osmo-bts-virtual, configured as a hostile or as a benign cell, run in a network namespace with only
 * loopback; {@code roguewatch probe} there hears the BTS's GSMTAP output live and ships what it makes
 * of the cell over mutual TLS to {@code roguewatch serve}, whose detection, given the operator's plan,
 * flags the hostile cell with the catcher signatures and leaves the benign one alone. No MSC runs:
 * the BSC's A interface stays down, as expected, and the BTS broadcasts all the same. A failing run
 * keeps its directory (configurations, logs of every process, serve's report, the probe's evidence
 * pcaps, the air recording) for diagnosis.
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
    /** From the BTS's start to serve's first report with the cell: first SI, a snapshot, a detection run. */
    private static final Duration FIRST_CELL_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration FIRST_FRAME_TIMEOUT = Duration.ofSeconds(15);
    /** SI1 to SI4 each come round within about two seconds on osmo-bts's BCCH (SI1 every 8 multiframes, 1.9 s). */
    private static final Duration LISTEN_WINDOW = Duration.ofSeconds(4);
    private static final Set<String> SYSTEM_INFORMATION = Set.of("System Information Type 1",
            "System Information Type 2", "System Information Type 3", "System Information Type 4");

    private static final Set<String> VIRTUAL_UM_EXTRA = Set.of("Paging Request Type 1");

    /** The air itself, for the decoders: what a receiver on the virtual Um would demodulate. */
    private final GsmtapCollector air = GsmtapRecorder.virtualUmOnLoopback();

    /** Serve's verdict, and what our decoders make of the probe's evidence frames and of the virtual Um air. */
    private record Heard(ServedReport served, AnalysisResult probeEvidence, AnalysisResult air) {
        JsonObject onlyCell() {
            List<JsonObject> cells = served.cells();
            assertEquals(1, cells.size(), "cells in serve's report: " + served);
            return cells.get(0);
        }

        Set<String> signatures() {
            return served.cellFindings().stream().map(f -> text(f, "signature"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        JsonObject finding(String signature) {
            return served.cellFindings().stream().filter(f -> signature.equals(text(f, "signature"))).findFirst()
                    .orElseThrow(() -> new AssertionError(signature + " not among " + signatures()));
        }
    }

    /** Skips (or in CI fails) the whole class at once, before any temporary directory is made. */
    @BeforeAll
    static void machineCanRunTheStack() {
        E2ePrerequisites.require();
    }

    @Test
    void hostileOsmoCellHeardByAProbeIsFlaggedRogueByServeWithTheCatcherSignatures(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        OsmoCellConfig hostile = OsmoCellConfig.hostile(MCC, MNC, 999, 4711, BENIGN_ARFCN);
        Heard heard = heardAndAnalysed(hostile, dir);

        JsonObject cell = heard.onlyCell();
        assertEquals("262-42-999-4711 ARFCN 868", refOf(cell));
        assertEquals("63", text(cell, "cellReselectOffset"), "126 dB is code 63");
        assertEquals(Integer.toString(hostile.t3212DeciHours()), text(cell, "t3212"));
        assertEquals(List.of(), items(cell, "neighbours"));
        // PHYSICAL-ID-CLASH: the catcher took ARFCN 868, which the plan gives to cell 1001.
        assertTrue(heard.signatures().containsAll(List.of("CELL-NOT-IN-PLAN", "PHYSICAL-ID-CLASH", "LONESOME-AREA",
                "GSM-EMPTY-NEIGHBOURS", "GSM-HIGH-RESELECT-OFFSET", "GSM-LOW-T3212")), heard.signatures().toString());
        assertEquals("rogue", text(cell, "verdict"), heard.served().toString());
        assertEquals("high", text(heard.finding("CELL-NOT-IN-PLAN"), "severity"), "the operator's own PLMN");
        assertEquals("gsm_a.rr.cell_reselect_offset=63", evidenceOf(heard.finding("GSM-HIGH-RESELECT-OFFSET")));
        assertEquals("gsm_a.rr.t3212=1", evidenceOf(heard.finding("GSM-LOW-T3212")));
    }

    @Test
    void benignOsmoCellMatchingThePlanHeardByAProbeRaisesNothingAboveInfoInServe(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
        OsmoCellConfig benign = OsmoCellConfig.benign(MCC, MNC, PLANNED_LAC, 1001, BENIGN_ARFCN, 63, PLANNED_NEIGHBOURS);
        Heard heard = heardAndAnalysed(benign, dir);

        JsonObject cell = heard.onlyCell();
        assertEquals("262-42-100-1001 ARFCN 868", refOf(cell));
        assertEquals(PLANNED_NEIGHBOURS.stream().map(String::valueOf).toList(), items(cell, "neighbours"),
                "the BA list osmo-bsc was given");
        assertEquals(Integer.toString(benign.t3212DeciHours()), text(cell, "t3212"));
        List<String> alarms = heard.served().cellFindings().stream().filter(f -> !"info".equals(text(f, "severity")))
                .map(f -> text(f, "signature") + "/" + text(f, "severity")).toList();
        assertEquals(List.of(), alarms);
        assertEquals("ok", text(cell, "verdict"));
    }

    /**
     * Runs the cell in its namespace with probe and serve beside it (and records the virtual Um air),
     * returns serve's report once the probe has heard a full round of system information, and checks
     * that the probe counted nothing malformed and that every frame it kept as evidence, and every frame
     * on the air, decodes — this stack no one here wrote is the test of our decoders too.
     */
    private Heard heardAndAnalysed(OsmoCellConfig cell, Path dir) throws Exception {
        ServedReport served;
        Path aired;
        ProbeAndServe fleet;
        try (OsmoCellHarness harness = OsmoCellHarness.open(dir)) {
            assertNamespaceIsSealed(harness.namespace());
            fleet = new ProbeAndServe(harness.namespace(), harness.processes(), dir);
            ServedReport.Source report = fleet.start(PLAN, ANALYZER_CONFIG);
            GsmtapCollector.Listening airing = air.start(harness.namespace(), harness.processes(), dir);
            harness.startCell(cell);
            served = report.await(ProbeAndServe.PROBE_ID, FIRST_CELL_TIMEOUT, LISTEN_WINDOW);
            aired = airing.finish(FIRST_FRAME_TIMEOUT, Duration.ZERO);
        }
        JsonObject probe = served.probe(ProbeAndServe.PROBE_ID).orElseThrow(() -> new AssertionError(
                "no probe line: " + served));
        assertEquals(Map.of(), members(probe, "malformed"), "the probe's health: " + probe);
        assertEquals(Map.of("bts", "up"), members(probe, "sources"));
        assertTrue(Long.parseLong(text(probe, "observations")) > 0, probe.toString());

        AnalysisResult evidenceResult = analyse(evidencePcaps(fleet.evidenceDirectory()), GsmtapRecorder.GSMTAP_PORT, dir);
        assertDecodedCleanly(evidenceResult, SYSTEM_INFORMATION, fleet.evidenceDirectory());
        AnalysisResult airResult = analyse(List.of(aired), GsmtapRecorder.VIRTUAL_UM_PORT, dir);
        Set<String> onAir = new TreeSet<>(SYSTEM_INFORMATION);
        onAir.addAll(VIRTUAL_UM_EXTRA);
        assertDecodedCleanly(airResult, onAir, aired);
        Heard heard = new Heard(served, evidenceResult, airResult);
        String servedRef = refOf(heard.onlyCell());
        assertEquals(servedRef, onlyCell(evidenceResult).cell().ref().toString(), "one cell, served and kept");
        assertEquals(servedRef, onlyCell(airResult).cell().ref().toString(), "one cell, served and on the air");
        LOG.info("{}: served {} score {}, findings {}; probe {}; its evidence holds {} (GSMTAP {}), air carried {} and {}",
                servedRef, text(heard.onlyCell(), "verdict"), text(heard.onlyCell(), "score"),
                served.cellFindings().stream().map(f -> text(f, "signature") + "/" + text(f, "severity")).toList(),
                probe, evidenceResult.counters().messages(), evidenceResult.counters().gsmtapTypes(),
                airResult.counters().messages(), airResult.counters().withoutMessage());
        return heard;
    }

    /** A served cell line as {@code CellRef} prints itself: {@code MCC-MNC-LAC-CI ARFCN n}. */
    private static String refOf(JsonObject cell) {
        return text(cell, "mcc") + "-" + text(cell, "mnc") + "-" + text(cell, "lac") + "-" + text(cell, "ci")
                + " ARFCN " + text(cell, "arfcn");
    }

    private static List<Path> evidencePcaps(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> pcaps = files.filter(f -> f.getFileName().toString().endsWith(".pcap")).sorted().toList();
            assertTrue(!pcaps.isEmpty(), "the probe kept no evidence in " + directory);
            return pcaps;
        }
    }

    private static void assertDecodedCleanly(AnalysisResult result, Set<String> expectedTypes, Path recorded) {
        assertEquals(Map.of(), result.counters().malformed(), "malformed frames in " + recorded);
        Set<String> types = result.counters().messages().keySet();
        assertTrue(types.containsAll(expectedTypes), "message types in " + recorded + ": " + types);
    }

    private static void assertNamespaceIsSealed(NetworkNamespace namespace) throws IOException {
        List<String> links = namespace.links().lines().toList();
        assertEquals(1, links.size(), "only loopback: " + links);
        assertTrue(links.get(0).contains(": lo:"), links.get(0));
        assertTrue(namespace.routes().contains("224.0.0.0/4 dev lo"), namespace.routes());
    }

    /** Our offline analysis of recorded frames, with the same plan and settings serve was given. */
    private static AnalysisResult analyse(List<Path> pcaps, int gsmtapPort, Path dir) throws IOException {
        DetectionSetup setup = DetectionSetupLoader.load(dir.resolve("analyzer.properties"), dir.resolve("plan.csv"),
                false, null);
        return OfflineAnalysis.run(pcaps, new OfflineAnalysis.Options("e2e-offline", gsmtapPort, false, setup),
                (ref, header, message) -> { }, ReplayProgress.NONE);
    }

    private static CellAssessment onlyCell(AnalysisResult result) {
        List<CellAssessment> cells = result.assessments();
        assertEquals(1, cells.size(), "cells heard: " + cells);
        return cells.get(0);
    }

    /** The first evidence item of a served finding as "field=value", the way tshark would name it. */
    private static String evidenceOf(JsonObject finding) {
        JsonObject first = (JsonObject) ((org.roguewatch.spectrum.json.JsonValue.JsonArray) finding.get("evidence")
                .orElseThrow()).elements().get(0);
        assertEquals(ProbeAndServe.PROBE_ID, text(first, "probe"), "evidence names the probe that heard it");
        return text(first, "field") + "=" + text(first, "value");
    }
}
