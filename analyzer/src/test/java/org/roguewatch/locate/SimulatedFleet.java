package org.roguewatch.locate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.analyze.DetectionSetupLoader;
import org.roguewatch.analyze.OfflineAnalysis;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.registry.ProbeRoster;
import org.roguewatch.sim.SimulatedAir;
import org.roguewatch.sim.SimulationListener;
import org.roguewatch.sim.scenario.ScenarioLoader;

/** A scenario simulated, analysed as a fleet and located, with its ground truth at hand. */
final class SimulatedFleet {
    static final Path DRIVE_BY = Path.of("..", "config", "scenarios", "drive-by.scenario");
    private static final Pattern POSITION = Pattern.compile("\"type\":\"position\",\"id\":\"(?<id>[^\"]+)\","
            + "\"time\":\"(?<time>[^\"]+)\",\"lat\":(?<lat>[-0-9.]+),\"lon\":(?<lon>[-0-9.]+)");

    private SimulatedFleet() {
    }

    record Truth(Instant time, double lat, double lon) {
    }

    static AnalysisResult simulateAndLocate(Path scenario, Path out) throws Exception {
        SimulatedAir.run(ScenarioLoader.load(scenario), out, SimulationListener.NONE);
        DetectionSetup detection = DetectionSetupLoader.load(null, out.resolve(SimulatedAir.PLAN_CSV), false, null);
        return OfflineAnalysis.runFleet(ProbeRoster.load(out.resolve(SimulatedAir.PROBES_CSV)),
                new OfflineAnalysis.Options("fleet", 4729, false, detection),
                LocateSettings.defaults(detection.engine().scoring()), (ref, header, message) -> { },
                ReplayProgress.NONE);
    }

    static List<Truth> truth(Path groundTruth, String emitter) throws IOException {
        List<Truth> out = new ArrayList<>();
        for (String line : Files.readAllLines(groundTruth)) {
            Matcher m = POSITION.matcher(line);
            if (m.find() && m.group("id").equals(emitter)) {
                out.add(new Truth(Instant.parse(m.group("time")), Double.parseDouble(m.group("lat")),
                        Double.parseDouble(m.group("lon"))));
            }
        }
        return out;
    }

    /** The true position at a time, between the ground truth's samples. */
    static double[] truthAt(List<Truth> truth, Instant time) {
        for (int i = 1; i < truth.size(); i++) {
            Truth a = truth.get(i - 1);
            Truth b = truth.get(i);
            if (!time.isBefore(a.time()) && !time.isAfter(b.time())) {
                double f = (double) Duration.between(a.time(), time).toMillis()
                        / Math.max(1, Duration.between(a.time(), b.time()).toMillis());
                return new double[] {a.lat() + f * (b.lat() - a.lat()), a.lon() + f * (b.lon() - a.lon())};
            }
        }
        throw new AssertionError("no truth at " + time);
    }

    /** Each track point's distance from the truth at its time, sorted. */
    static double[] trackErrors(AnalysisResult result, TargetLocation target, List<Truth> truth) {
        LocalTangentPlane plane = result.located().plane();
        return target.track().stream().mapToDouble(fix -> {
            double[] real = truthAt(truth, fix.time());
            double[] at = plane.toEastNorth(real[0], real[1]);
            return Math.hypot(fix.east() - at[0], fix.north() - at[1]);
        }).sorted().toArray();
    }
}
