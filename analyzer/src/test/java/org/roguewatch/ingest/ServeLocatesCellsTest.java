package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.analyze.DetectionSetupLoader;
import org.roguewatch.analyze.OfflineAnalysis;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.locate.LocateSettings;
import org.roguewatch.locate.TargetLocation;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.registry.ProbeRoster;
import org.roguewatch.registry.RosterProbe;
import org.roguewatch.sim.SimulatedAir;
import org.roguewatch.sim.SimulationListener;
import org.roguewatch.sim.scenario.ScenarioLoader;
import org.roguewatch.uplink.ProbeHealth;

/**
 * serve locates cells as {@code locate} does: the simulated city's observations delivered to the periodic
 * detection, with each probe's position from its heartbeat, give the same location for the SMS blaster as
 * the offline fleet analysis of the same captures, and a {@code location} line in serve's report.
 */
class ServeLocatesCellsTest {
    private static final String BLASTER = "262-02-4711-999 ARFCN 60";

    @Test
    void theCitysRogueCellIsLocatedFromTheProbesHeartbeatPositionsAsOfflineLocateDoes(@TempDir Path directory)
            throws Exception {
        Path air = directory.resolve("air");
        SimulatedAir.run(ScenarioLoader.load(Path.of("..", "config", "scenarios", "city.scenario")), air,
                SimulationListener.NONE);
        ProbeRoster roster = ProbeRoster.load(air.resolve(SimulatedAir.PROBES_CSV));
        DetectionSetup setup = DetectionSetupLoader.load(null, air.resolve(SimulatedAir.PLAN_CSV), false, null);
        AnalysisResult offline = OfflineAnalysis.runFleet(roster, new OfflineAnalysis.Options("fleet",
                GsmtapHeader.DEFAULT_UDP_PORT, false, setup), LocateSettings.defaults(setup.engine().scoring()),
                (ref, header, message) -> { }, ReplayProgress.NONE);

        ProbeRegistry registry = new ProbeRegistry(Duration.ofDays(3650), Duration.ofDays(3650), List.of(),
                Clock.systemUTC());
        Path report = directory.resolve("report.jsonl");
        PeriodicDetection detection = new PeriodicDetection(setup, registry, report);
        for (RosterProbe probe : roster.probes()) {
            double[] at = probe.positionAt(null);
            registry.heartbeat(probe.id(), new ProbeHealth(null, List.of(), 0, new TreeMap<>(),
                    new ProbeHealth.SpoolHealth(0, 0, 0), 0, new ProbeHealth.Position(at[0], at[1], Double.NaN)));
        }
        long sequence = 0;
        for (CellObservation observation : offline.cells()) {
            detection.accept(observation.probeId(), ++sequence, List.of(observation));
        }
        detection.run();

        EmitterLocation expected = blaster(offline);
        List<String> lines = Files.readAllLines(report);
        String location = lines.stream().filter(l -> l.startsWith("{\"type\":\"location\"") && l.contains("4711"))
                .findFirst().orElseThrow(() -> new AssertionError("no location line for the blaster:\n"
                        + String.join("\n", lines)));
        assertTrue(location.contains("\"ellipse95\""), location);
        Map<String, Double> served = latLon(location);
        assertEquals(expected.lat(), served.get("lat"), 1e-4, "latitude as offline locate: " + location);
        assertEquals(expected.lon(), served.get("lon"), 1e-4, "longitude as offline locate: " + location);
    }

    private static EmitterLocation blaster(AnalysisResult offline) {
        assertNotNull(offline.located(), "offline located the fleet's cells");
        return offline.located().targets().stream().filter(t -> t.geo() != null)
                .map(TargetLocation::geo).filter(g -> g.target().contains(BLASTER)).findFirst()
                .orElseThrow(() -> new AssertionError("offline locate found no position for " + BLASTER));
    }

    /** The top-level lat and lon of a location line (the first two such members). */
    private static Map<String, Double> latLon(String line) {
        Map<String, Double> values = new TreeMap<>();
        for (String key : List.of("lat", "lon")) {
            int at = line.indexOf("\"" + key + "\":");
            int start = at + key.length() + 3;
            int end = start;
            while (end < line.length() && "-0123456789.eE".indexOf(line.charAt(end)) >= 0) {
                end++;
            }
            values.put(key, Double.parseDouble(line.substring(start, end)));
        }
        return values;
    }
}
