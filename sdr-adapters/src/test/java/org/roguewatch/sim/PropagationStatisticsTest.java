package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.sim.propagation.Link;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.propagation.LocalTrack;
import org.roguewatch.sim.propagation.Seeds;
import org.roguewatch.sim.propagation.ShadowingField;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.GeoPoint;
import org.roguewatch.sim.scenario.LocalFrame;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.Track;
import org.roguewatch.sim.scenario.Xy;

/**
 * The propagation model has the configured statistics: shadowing fields of zero mean, unit
 * variance and Gudmundson's exponential correlation; link levels whose mean follows the
 * log-distance path loss and whose spread is the configured σ; and so do the levels written into
 * the pcaps. Tolerances are about 3.5 standard errors of each estimate.
 */
class PropagationStatisticsTest {
    private static final GeoPoint ORIGIN = new GeoPoint(51.2277, 6.7735);

    @TempDir
    Path directory;

    @Test
    void shadowingFieldsHaveZeroMeanUnitVarianceAndExponentialCorrelation() {
        double d = 50;
        SummaryStatistics values = new SummaryStatistics();
        List<double[]> lagD = new ArrayList<>();
        List<double[]> lagQuarter = new ArrayList<>();
        List<double[]> lagFive = new ArrayList<>();
        Random offsets = new Random(1);
        // One field's correlation scatters by about 1/√(2 x 512 terms) around the model; eight
        // fields average that down below the sampling error.
        for (int field = 0; field < 8; field++) {
            ShadowingField f = new ShadowingField(d, Seeds.random(99, "test/" + field));
            for (double x = -9_750; x < 9_500; x += 500) {
                for (double y = -9_750; y < 9_500; y += 500) {
                    Xy p = new Xy(x + offsets.nextDouble() * 100, y + offsets.nextDouble() * 100);
                    double v = f.valueAt(p);
                    values.addValue(v);
                    lagD.add(new double[] {v, f.valueAt(new Xy(p.x() + d, p.y()))});
                    lagQuarter.add(new double[] {v, f.valueAt(new Xy(p.x(), p.y() + d / 4))});
                    lagFive.add(new double[] {v, f.valueAt(new Xy(p.x() + 5 * d, p.y()))});
                }
            }
        }
        long n = values.getN();
        assertTrue(n > 12_000);
        assertEquals(0, values.getMean(), 3.5 / Math.sqrt(n));
        assertEquals(1, values.getVariance(), 3.5 * Math.sqrt(2.0 / n));
        assertEquals(Math.exp(-1), correlation(lagD), 0.04, "Gudmundson: exp(-Δ/D) at Δ = D");
        assertEquals(Math.exp(-0.25), correlation(lagQuarter), 0.04, "and at D/4, in another direction");
        assertEquals(0, correlation(lagFive), 0.04, "decorrelated at 5 D");
    }

    @Test
    void linkLevelsHaveTheConfiguredMeanPathLossAndShadowingSigma() {
        Scenario base = TestScenarios.parse(openField("1m", "position = 51.2277, 6.7735", 16));
        Scenario scenario = withProbesOnALattice(base, 250);
        Emitter tx = scenario.gsmCells().get(0);
        LinkBudget budget = new LinkBudget(scenario);
        SummaryStatistics shadowing = new SummaryStatistics();
        SimpleRegression regression = new SimpleRegression();
        for (Probe probe : scenario.probes()) {
            Link link = budget.link(tx, probe, 0);
            if (link.distanceM() < 100) {
                continue;
            }
            double configuredLoss = 75 + 32 * Math.log10(link.distanceM() / 100)
                    + 20 * Math.log10(tx.frequencyHz() / 900e6);
            assertEquals(configuredLoss, link.pathLossDb(), 1e-9);
            double residual = tx.eirpDbm() - link.receivedDbm() - configuredLoss;
            assertEquals(link.shadowingDb(), residual, 1e-9);
            shadowing.addValue(residual);
            regression.addData(Math.log10(link.distanceM() / 100), link.receivedDbm());
        }
        long n = shadowing.getN();
        assertTrue(n > 5000, "samples " + n);
        // Lattice points 250 m = 5 D apart are nearly independent.
        assertEquals(0, shadowing.getMean(), 3.5 * 8 / Math.sqrt(n));
        assertEquals(8, shadowing.getStandardDeviation(), 3.5 * 8 / Math.sqrt(2.0 * n));
        assertEquals(-32, regression.getSlope(), 1.0, "10 n with n = 3.2");
        assertEquals(tx.eirpDbm() - 75 - 20 * Math.log10(tx.frequencyHz() / 900e6), regression.getIntercept(), 1.0);
    }

    @Test
    void anotherSeedGivesOtherShadowingFromTheSameModel() {
        Scenario base = withProbesOnALattice(TestScenarios.parse(openField("1m", "position = 51.2277, 6.7735", 16)), 500);
        Scenario other = base.withSeed(8);
        Emitter tx = base.gsmCells().get(0);
        LinkBudget a = new LinkBudget(base);
        LinkBudget b = new LinkBudget(other);
        LinkBudget again = new LinkBudget(base);
        List<double[]> pairs = new ArrayList<>();
        for (Probe probe : base.probes()) {
            Link la = a.link(tx, probe, 0);
            Link lb = b.link(tx, probe, 0);
            assertEquals(la, again.link(tx, probe, 0), "same seed, same link");
            assertEquals(la.pathLossDb(), lb.pathLossDb(), 1e-12);
            pairs.add(new double[] {la.shadowingDb(), lb.shadowingDb()});
        }
        assertEquals(0, correlation(pairs), 0.1, "the two seeds' shadowing is unrelated");
    }

    @Test
    void levelsWrittenInThePcapFollowThePathLossWithTheConfiguredSigma() throws IOException {
        // A probe zigzags across an 8 km square around one omni cell; every frame is heard.
        StringBuilder track = new StringBuilder();
        int leg = 0;
        for (double y = -3600; y <= 3600; y += 1200) {
            double from = leg % 2 == 0 ? -3900 : 3900;
            track.append(waypoint(leg * 160, from, y)).append(waypoint(leg * 160 + 150, -from, y));
            leg++;
        }
        Scenario scenario = TestScenarios.parse(openField(leg * 160 + "s", track.toString(), 1));
        SimulationSummary summary = SimulatedAir.run(scenario, directory, SimulationListener.NONE);
        Probe probe = scenario.probes().get(0);
        LocalFrame frame = scenario.area().frame();
        LocalTrack where = new LocalTrack(probe.track(), frame);
        Emitter tx = scenario.gsmCells().get(0);
        Xy site = frame.toLocal(tx.track().first());
        SummaryStatistics residuals = new SummaryStatistics();
        SimpleRegression regression = new SimpleRegression();
        for (HeardFrame heard : HeardFrame.read(summary.probes().get(0).pcap())) {
            if (heard.header().subType() != GsmtapChannel.BCCH) {
                continue;
            }
            long at = Duration.between(scenario.start(), heard.time()).toNanos();
            double horizontal = where.at(at).distanceTo(site);
            if (horizontal < 150) {
                continue;
            }
            double distance = Math.hypot(horizontal, tx.heightM() - probe.heightM());
            double loss = 75 + 32 * Math.log10(distance / 100) + 20 * Math.log10(tx.frequencyHz() / 900e6);
            residuals.addValue(tx.eirpDbm() - heard.header().signalDbm() - loss);
            regression.addData(Math.log10(distance / 100), heard.header().signalDbm());
        }
        long n = residuals.getN();
        assertTrue(n > 3000, "frames " + n);
        // Frames along the route are correlated over about D = 50 m: some 55 km of route give
        // about 550 independent samples, so the standard errors are σ/√550 and σ/√1100.
        double independent = 550;
        assertEquals(0, residuals.getMean(), 3.5 * 8 / Math.sqrt(independent));
        assertEquals(8, residuals.getStandardDeviation(), 3.5 * 8 / Math.sqrt(2 * independent));
        double spreadOfLogDistance = Math.sqrt(regression.getXSumSquares() / n);
        assertEquals(-32, regression.getSlope(), 3.5 * 8 / (spreadOfLogDistance * Math.sqrt(independent)));
    }

    /** A scenario with one omni cell at the origin (EIRP 40 dBm, 2 m up) and one probe given by {@code probeKeys}. */
    private static String openField(String duration, String probeKeys, int decimation) {
        return """
                [scenario]
                seed = 7
                start = 2026-11-24T08:00:00Z
                duration = %s
                [area]
                origin = 51.2277, 6.7735
                width_m = 20000
                height_m = 20000
                [propagation]
                exponent = 3.2
                reference_distance_m = 100
                reference_loss_db = 75
                shadowing_sigma_db = 8
                correlation_distance_m = 50
                sensitivity_dbm = -200
                [render]
                si_decimation = %d
                [spectrum]
                interval = 10m
                [network]
                layout = hex
                mcc = 262
                mnc = 02
                rings = 0
                sectors = 1
                arfcns = 20
                reuse_sites = 1
                eirp_dbm = 40
                height_m = 2
                gprs = no
                si2ter = no
                si2quater = no
                paging_per_minute = 0
                [probe p]
                height_m = 2
                %s
                """.formatted(duration, decimation, probeKeys);
    }

    private static String waypoint(int seconds, double x, double y) {
        GeoPoint p = new LocalFrame(ORIGIN).toGeo(new Xy(x, y));
        return "waypoint = " + seconds + "s " + p.lat() + ", " + p.lon() + "\n";
    }

    private static Scenario withProbesOnALattice(Scenario base, double spacing) {
        LocalFrame frame = base.area().frame();
        List<Probe> probes = new ArrayList<>();
        for (double x = -9_800; x <= 9_800; x += spacing) {
            for (double y = -9_800; y <= 9_800; y += spacing) {
                probes.add(new Probe("p" + probes.size(), Track.fixed(frame.toGeo(new Xy(x, y))), 2));
            }
        }
        return new Scenario(base.source(), base.name(), base.seed(), base.start(), base.duration(), base.area(),
                base.propagation(), base.render(), base.spectrum(), base.gsmCells(), base.lteCells(), base.rogues(),
                base.fmStations(), probes);
    }

    private static double correlation(List<double[]> pairs) {
        double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return new PearsonsCorrelation().correlation(a, b);
    }
}
