package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.agent.ProbeAgent;
import org.roguewatch.agent.ProbeConfig;
import org.roguewatch.alert.Alert;
import org.roguewatch.alert.FmSnapshots;
import org.roguewatch.broadcast.FmAnalysis;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmAssessment;
import org.roguewatch.broadcast.FmInputs;
import org.roguewatch.certs.TestDeployment;
import org.roguewatch.detect.Verdict;
import org.roguewatch.detect.fm.FmFinding;
import org.roguewatch.detect.fm.FmProbeSite;
import org.roguewatch.registry.FmLicenceLoader;
import org.roguewatch.registry.ProbeRoster;
import org.roguewatch.sim.SimulatedAir;
import org.roguewatch.sim.SimulationListener;
import org.roguewatch.sim.scenario.ScenarioLoader;
import org.roguewatch.spectrum.json.JsonException;
import org.roguewatch.spectrum.json.JsonParser;
import org.roguewatch.spectrum.json.JsonValue;
import org.roguewatch.uplink.ProbeHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes watching spectrum, end to end over mutual TLS on loopback: the fm-city scenario's sweeps
 * replayed by five probes ({@code sweep-file}), a sweep tool's stdout from a real child process
 * ({@code sweep-process}), and the real rtl_power with no radio plugged in.
 */
class SpectrumFleetTest {
    private static final Logger LOG = LoggerFactory.getLogger(SpectrumFleetTest.class);
    private static final Path FM_CITY = Path.of("..", "config", "scenarios", "fm-city.scenario");
    /** fm-city's pirates: a free channel, 50 kHz off a distant licence, and 107.9 MHz with an aeronautical spur. */
    private static final Map<Long, Set<String>> PIRATES = Map.of(
            90_400_000L, Set.of("FM-UNLICENSED-CARRIER"),
            96_150_000L, Set.of("FM-UNLICENSED-CARRIER"),
            107_900_000L, Set.of("FM-UNLICENSED-CARRIER", "FM-AVIATION-RISK", "FM-NIGHT-ONLY"));

    @TempDir
    static Path air;

    private static ProbeRoster roster;
    private static Map<String, FmProbeSite> sites;

    @BeforeAll
    static void simulateFmCity() throws Exception {
        SimulatedAir.run(ScenarioLoader.load(FM_CITY), air, SimulationListener.NONE);
        roster = ProbeRoster.load(air.resolve("probes.csv"));
        sites = FmInputs.sites(roster);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void serveFlagsTheThreeFmCityPiratesAsOfflineAnalyzeDoesAndNoLicensedStation(@TempDir Path directory)
            throws Exception {
        List<String> probes = roster.probes().stream().map(p -> p.id()).toList();
        Path serveConfig = serveConfig(directory, probes, "licences = " + air.resolve("fm-licences.csv"));
        AtomicReference<FmAnalysisResult> heard = new AtomicReference<>();
        long started = System.nanoTime();
        try (AnalyzerServer server = AnalyzerServer.start(ServeConfig.load(serveConfig))) {
            server.detection().addFmListener(heard::set);
            List<ProbeAgent> agents = new ArrayList<>();
            try {
                for (String probe : probes) {
                    FmProbeSite site = sites.get(probe);
                    agents.add(ProbeAgent.start(ProbeConfig.load(probeConfig(directory, server, probe,
                            "position.mode = fixed", "position.lat = " + site.latitude(),
                            "position.lon = " + site.longitude(), "position.height_m = " + site.heightM(),
                            "source.sweep.type = sweep-file", "source.sweep.file = " + air.resolve(probe + "-sweep.csv"),
                            "agent.exit_when_done = true"))));
                }
                for (ProbeAgent agent : agents) {
                    agent.awaitStop();
                    assertTrue(agent.spectrumObservationsShipped() >= 20, "carriers shipped");
                }
                awaitPositions(server, probes);
            } finally {
                for (ProbeAgent agent : agents) {
                    agent.close();
                }
            }
            server.detection().run();
        }
        LOG.info("fm-city through 5 probes and serve: {} ms", (System.nanoTime() - started) / 1_000_000);
        FmAnalysisResult offline = FmAnalysis.run(FmInputs.of(roster).spectra(), new FmAnalysis.Options(
                FmLicenceLoader.load(air.resolve("fm-licences.csv"), false), sites, false));
        FmAnalysisResult served = heard.get();
        assertNotNull(served, "the FM listener was told");
        assertEquals(verdicts(offline), verdicts(served), "serve judges every carrier as analyze does");
        assertEquals(signatures(offline), signatures(served));
        assertEquals(PIRATES, rogueSignatures(served));
        assertEquals(3, served.locations().stream().filter(l -> l.geo() != null).count(), "each pirate located");

        List<JsonValue.JsonObject> report = report(directory.resolve("report.jsonl"));
        assertEquals(offline.carriers().size(), ofType(report, "carrier").size());
        Map<Long, String> reportedVerdicts = new TreeMap<>();
        for (JsonValue.JsonObject carrier : ofType(report, "carrier")) {
            reportedVerdicts.put(key(number(carrier, "frequencyHz")), text(carrier, "verdict"));
        }
        assertEquals(verdicts(offline), reportedVerdicts);
        Map<Long, Set<String>> reportedFindings = new TreeMap<>();
        for (JsonValue.JsonObject finding : ofType(report, "finding")) {
            finding.get("carrier").ifPresent(carrier -> reportedFindings.computeIfAbsent(
                    key(number((JsonValue.JsonObject) carrier, "frequencyHz")), hz -> new TreeSet<>())
                    .add(text(finding, "signature")));
        }
        assertEquals(PIRATES, reportedFindings, "FM findings only on the pirates");
        assertEquals(3, ofType(report, "location").size());
        assertTrue(text(report.get(0), "detectors", "FM-AVIATION-RISK"), "header lists the FM detectors");
    }

    /** What serve hands its alerting after an FM run: the three pirates open alerts, located; no licensed station does. */
    @Test
    void servedFmPiratesOpenOneLocatedAlertEachAndNoLicensedStationDoes(@TempDir Path directory) throws Exception {
        FmAnalysisResult fm = FmAnalysis.run(FmInputs.of(roster).spectra(), new FmAnalysis.Options(
                FmLicenceLoader.load(air.resolve("fm-licences.csv"), false), sites, false));
        Instant lastHeard = fm.carriers().stream().flatMap(c -> c.carrier().observations().stream())
                .map(o -> o.lastSeen()).filter(t -> t != null).max(Instant::compareTo).orElseThrow();
        Path alertsFile = Files.write(directory.resolve("alerts.properties"), List.of(
                "sink.cap.enabled = false", "sink.map.enabled = false"));
        ServeConfig config = new ServeConfig(null, null, null, Duration.ofMinutes(1), Duration.ofMinutes(5), List.of(),
                Duration.ofHours(1), directory.resolve("report.jsonl"), null, null, null, alertsFile, false, directory,
                null);
        try (ServeAlerts alerts = ServeAlerts.start(config, Clock.fixed(lastHeard, ZoneOffset.UTC))) {
            alerts.detected(fm);
            List<Alert> open = alerts.alerts().pipeline().openAlerts();
            Set<String> rogue = fm.carriers().stream().filter(c -> c.verdict() == Verdict.ROGUE)
                    .map(c -> FmSnapshots.emitterOf(c.carrier())).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(3, rogue.size(), "the three pirates are rogue");
            assertEquals(rogue, open.stream().map(Alert::emitter).collect(Collectors.toCollection(TreeSet::new)));
            assertTrue(open.stream().allMatch(a -> "FM".equals(a.radio()) && a.location() != null), "located: " + open);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSweepProcessSourceRunningARealChildProcessReachesServe(@TempDir Path directory) throws Exception {
        Path serveConfig = serveConfig(directory, List.of("north"));
        Path csv = air.resolve("north-sweep.csv");
        FmAnalysisResult offline = FmAnalysis.run(FmInputs.of(List.of(csv), "north").spectra(),
                new FmAnalysis.Options(null, Map.of(), false));
        AtomicReference<FmAnalysisResult> heard = new AtomicReference<>();
        try (AnalyzerServer server = AnalyzerServer.start(ServeConfig.load(serveConfig))) {
            server.detection().addFmListener(heard::set);
            // cat ends once the file is out; a long backoff keeps it from replaying the file again.
            Path probeConfig = probeConfig(directory, server, "north", "snapshot.interval = 200ms",
                    "source.fm.type = sweep-process", "source.fm.tool = rtl_power",
                    "source.fm.command = cat " + csv, "source.fm.backoff_initial = 1h", "source.fm.backoff_max = 1h");
            try (ProbeAgent agent = ProbeAgent.start(ProbeConfig.load(probeConfig))) {
                awaitSourceState(server, "north", "fm", "exited");
                // Snapshots taken while cat was still writing hold fewer sweeps: wait for the last one.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                server.detection().run();
                while (heard.get() == null || !verdicts(offline).equals(verdicts(heard.get()))) {
                    assertTrue(System.nanoTime() < deadline, "serve's carriers never matched the file's: "
                            + (heard.get() == null ? "none" : verdicts(heard.get())) + " vs " + verdicts(offline));
                    Thread.sleep(100);
                    server.detection().run();
                }
            }
        }
        FmAnalysisResult served = heard.get();
        assertEquals(signatures(offline), signatures(served), "the live folding judged as the file's");
        assertTrue(served.carriers().size() >= 20, "the stations north hears: " + served.carriers().size());
        assertTrue(served.carriers().stream().allMatch(c -> c.carrier().probes().equals(List.of("north"))));
        assertTrue(Files.readString(directory.resolve("report.jsonl")).contains("\"sources\":{\"fm\":\"exited\"}"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void realRtlPowerWithoutARadioLeavesTheProbeRunningAndItsHealthSaysNoDevice(@TempDir Path directory)
            throws Exception {
        Assumptions.assumeTrue(onPath("rtl_power"), "rtl_power is not installed; skipping the real-tool test");
        Assumptions.assumeFalse(Files.exists(Path.of("/dev/bus/usb")) && hasRtlDongle(),
                "an RTL-SDR seems plugged in; this test needs none");
        Path serveConfig = serveConfig(directory, List.of("north"));
        try (AnalyzerServer server = AnalyzerServer.start(ServeConfig.load(serveConfig))) {
            Path probeConfig = probeConfig(directory, server, "north", "uplink.heartbeat = 200ms",
                    "source.fm.type = sweep-process", "source.fm.args = -f 88M:108M:100k -i 1",
                    "source.fm.backoff_initial = 100ms", "source.fm.backoff_max = 200ms");
            try (ProbeAgent agent = ProbeAgent.start(ProbeConfig.load(probeConfig))) {
                awaitSourceState(server, "north", "fm", "no device");
                Thread.sleep(1_000); // several restarts later
                awaitSourceState(server, "north", "fm", "no device");
                ProbeHealth.SourceState state = agent.health().sources().get(0);
                assertFalse(state.up());
                assertEquals(ProbeState.ALIVE, status(server, "north").state(), "the probe keeps reporting");
            }
        }
    }

    /** A carrier's key: the pirate whose frequency it is within 25 kHz of, else its own frequency in kHz. */
    private static long key(long frequencyHz) {
        for (long pirate : PIRATES.keySet()) {
            if (Math.abs(frequencyHz - pirate) <= 25_000) {
                return pirate;
            }
        }
        return Math.round(frequencyHz / 1000.0) * 1000;
    }

    private static Map<Long, String> verdicts(FmAnalysisResult fm) {
        Map<Long, String> out = new TreeMap<>();
        for (FmAssessment assessment : fm.carriers()) {
            out.put(key(assessment.carrier().frequencyHz()), assessment.verdict().jsonName());
        }
        return out;
    }

    private static Map<Long, Set<String>> signatures(FmAnalysisResult fm) {
        Map<Long, Set<String>> out = new TreeMap<>();
        for (FmAssessment assessment : fm.carriers()) {
            for (FmFinding finding : assessment.findings()) {
                out.computeIfAbsent(key(assessment.carrier().frequencyHz()), hz -> new TreeSet<>())
                        .add(finding.signature());
            }
        }
        return out;
    }

    private static Map<Long, Set<String>> rogueSignatures(FmAnalysisResult fm) {
        Map<Long, Set<String>> out = new HashMap<>();
        for (FmAssessment assessment : fm.carriers()) {
            if (assessment.verdict() == Verdict.ROGUE) {
                assertFalse(assessment.licensed(), assessment.carrier().label());
                long key = key(assessment.carrier().frequencyHz());
                out.put(key, signatures(fm).get(key));
            }
        }
        return out;
    }

    private static List<JsonValue.JsonObject> report(Path file) throws IOException, JsonException {
        List<JsonValue.JsonObject> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add((JsonValue.JsonObject) JsonParser.parse(line));
        }
        return lines;
    }

    private static List<JsonValue.JsonObject> ofType(List<JsonValue.JsonObject> lines, String type) {
        return lines.stream().filter(l -> type.equals(text(l, "type"))).toList();
    }

    private static String text(JsonValue.JsonObject line, String key) {
        return line.get(key).map(v -> v instanceof JsonValue.JsonString s ? s.value() : v.toString()).orElse(null);
    }

    private static boolean text(JsonValue.JsonObject line, String key, String contained) {
        return line.get(key).map(Object::toString).orElse("").contains(contained);
    }

    private static long number(JsonValue.JsonObject line, String key) {
        return ((JsonValue.JsonNumber) line.get(key).orElseThrow()).decimalValue().longValueExact();
    }

    private static ProbeStatus status(AnalyzerServer server, String probe) {
        return server.registry().evaluate().stream().filter(s -> s.probeId().equals(probe)).findFirst().orElse(null);
    }

    private static void awaitPositions(AnalyzerServer server, List<String> probes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (String probe : probes) {
            while (status(server, probe) == null || status(server, probe).health() == null
                    || status(server, probe).health().position() == null) {
                assertTrue(System.nanoTime() < deadline, probe + " never reported its position");
                Thread.sleep(20);
            }
        }
    }

    private static void awaitSourceState(AnalyzerServer server, String probe, String source, String state)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String last = null;
        while (true) {
            ProbeStatus status = status(server, probe);
            if (status != null && status.health() != null) {
                for (ProbeHealth.SourceState reported : status.health().sources()) {
                    if (reported.name().equals(source)) {
                        last = reported.state();
                    }
                }
            }
            if (state.equals(last)) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "source " + source + " of " + probe + " is '" + last
                    + "', never '" + state + "'");
            Thread.sleep(20);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Realtek's USB vendor id among the devices sysfs lists. */
    private static boolean hasRtlDongle() throws IOException {
        Path devices = Path.of("/sys/bus/usb/devices");
        if (!Files.isDirectory(devices)) {
            return false;
        }
        try (var entries = Files.list(devices)) {
            return entries.map(d -> d.resolve("idVendor")).filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.readString(f).strip().equals("0bda");
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    private static Path serveConfig(Path directory, List<String> probes, String... extra) throws Exception {
        new TestDeployment(List.of("localhost", "127.0.0.1"), probes, Set.of(), Duration.ofDays(1))
                .writeTo(directory.resolve("certs"));
        List<String> lines = new ArrayList<>(List.of("listen.host = 127.0.0.1", "listen.port = 0",
                "tls.certificate = certs/" + TestDeployment.ANALYZER, "tls.key = certs/" + TestDeployment.ANALYZER_KEY,
                "tls.ca = certs/" + TestDeployment.CA, "marks.directory = marks", "detection.output = report.jsonl",
                "detection.interval = 1h"));
        lines.addAll(List.of(extra));
        return Files.write(directory.resolve("serve.properties"), lines);
    }

    private static Path probeConfig(Path directory, AnalyzerServer server, String probe, String... extra)
            throws IOException {
        List<String> lines = new ArrayList<>(List.of("probe.id = " + probe, "analyzer.host = localhost",
                "analyzer.port = " + server.address().getPort(),
                "tls.certificate = certs/" + TestDeployment.probeCertificate(probe),
                "tls.key = certs/" + TestDeployment.probeKey(probe), "tls.ca = certs/" + TestDeployment.CA,
                "spool.directory = spool-" + probe, "uplink.heartbeat = 200ms"));
        for (String line : extra) {
            if (!line.startsWith("uplink.heartbeat")) {
                lines.add(line);
            }
        }
        return Files.write(directory.resolve(probe + ".properties"), lines);
    }
}
