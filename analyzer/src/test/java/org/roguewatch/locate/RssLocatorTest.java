package org.roguewatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RssLocatorTest {
    private static final PathLossModel MODEL = new PathLossModel(38, 3.5, 1, 6);

    private static List<Measurement> heard(double east, double north, double eirp, double[][] probes, Random noise) {
        List<Measurement> out = new ArrayList<>();
        for (int i = 0; i < probes.length; i++) {
            double d = Math.hypot(east - probes[i][0], north - probes[i][1]);
            double level = MODEL.receivedDbm(eirp, d) + (noise == null ? 0 : noise.nextGaussian() * MODEL.sigmaDb());
            out.add(new Measurement("p" + i, probes[i][0], probes[i][1], level, 100));
        }
        return out;
    }

    private static final double[][] SQUARE = {{0, 0}, {1000, 0}, {0, 1000}, {1000, 1000}, {500, 1500}};

    @Test
    void noiselessLevelsGiveTheTruePositionAndPower() {
        LocateResult result = new RssLocator(MODEL).locate(heard(320, 610, 33, SQUARE, null));
        LocationEstimate estimate = ((LocateResult.Located) result).estimate();
        assertEquals(320, estimate.east(), 0.5);
        assertEquals(610, estimate.north(), 0.5);
        assertEquals(33, estimate.transmitDbm(), 0.01);
        assertTrue(estimate.crlbM() > 0 && estimate.crlbM() < 1000);
    }

    @Test
    void oneProbeWithAWildLevelIsDownweighted() {
        List<Measurement> heard = new ArrayList<>(heard(320, 610, 33, new double[][] {{0, 0}, {1000, 0}, {0, 1000},
            {1000, 1000}, {500, 1500}, {-400, 600}, {1400, 500}}, null));
        Measurement bad = heard.get(6);
        heard.set(6, new Measurement(bad.probeId(), bad.east(), bad.north(), bad.levelDbm() + 30, 100));
        LocationEstimate estimate = ((LocateResult.Located) new RssLocator(MODEL).locate(heard)).estimate();
        assertTrue(estimate.downweighted().contains("p6"), estimate.downweighted().toString());
        assertTrue(estimate.errorTo(320, 610) < 60, "error " + estimate.errorTo(320, 610));
    }

    @Test
    void ellipseScalesWithTheCovarianceAndContainsTheTruthMostOfTheTime() {
        Random random = new Random(7);
        int covered = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            double east = 200 + random.nextDouble() * 600;
            double north = 200 + random.nextDouble() * 600;
            LocationEstimate estimate = ((LocateResult.Located) new RssLocator(MODEL)
                    .locate(heard(east, north, 30, SQUARE, random))).estimate();
            assertTrue(!estimate.ellipse95().bounded()
                    || estimate.ellipse95().semiMajorM() >= estimate.ellipse50().semiMajorM());
            if (estimate.ellipse95().contains(east - estimate.east(), north - estimate.north())) {
                covered++;
            }
        }
        assertTrue(covered > 0.7 * trials, "95 % ellipse covered the truth in " + covered + " of " + trials);
    }

    @Test
    void fewerThanThreeProbesIsUnderdeterminedWithTheRegionTheyAllow() {
        LocateResult one = new RssLocator(MODEL).locate(heard(300, 400, 30, new double[][] {{0, 0}}, null));
        LocateResult.Underdetermined annulus = assertInstanceOf(LocateResult.Underdetermined.class, one);
        assertTrue(annulus.region().innerRadiusM() < 500 && annulus.region().outerRadiusM() > 500);
        LocateResult two = new RssLocator(MODEL).locate(heard(300, 400, 30, new double[][] {{0, 0}, {1000, 0}}, null));
        LocateResult.Region circle = assertInstanceOf(LocateResult.Underdetermined.class, two).region();
        // The true point lies on the Apollonius circle of the level difference.
        assertEquals(circle.outerRadiusM(), Math.hypot(300 - circle.east(), 400 - circle.north()), 1.0);
    }

    @Test
    void collinearProbesAndEqualLevelsGiveNoPoint() {
        double[][] line = {{0, 0}, {500, 0}, {1000, 0}, {1500, 0}};
        assertInstanceOf(LocateResult.Underdetermined.class, new RssLocator(MODEL).locate(heard(300, 400, 30, line, null)));
        List<Measurement> flat = List.of(new Measurement("a", 0, 0, -60, 10), new Measurement("b", 1000, 0, -60, 10),
                new Measurement("c", 0, 1000, -60, 10));
        LocateResult.Underdetermined result = assertInstanceOf(LocateResult.Underdetermined.class,
                new RssLocator(MODEL).locate(flat));
        assertTrue(result.reason().contains("same level"));
    }

    @Test
    void nonFiniteLevelOrMissingPositionNamesTheProbe() {
        List<Measurement> heard = new ArrayList<>(heard(300, 400, 30, SQUARE, null));
        heard.set(2, new Measurement("p2", 0, 1000, Double.NaN, 10));
        LocateResult.Rejected rejected = assertInstanceOf(LocateResult.Rejected.class, new RssLocator(MODEL).locate(heard));
        assertEquals("p2", rejected.probeId());
        heard.set(2, new Measurement("p2", Double.NaN, Double.NaN, -70, 10));
        assertEquals("p2", ((LocateResult.Rejected) new RssLocator(MODEL).locate(heard)).probeId());
    }

    @Test
    void tangentPlaneRoundTripsWithinACentimetre() {
        LocalTangentPlane plane = new LocalTangentPlane(51.2254, 6.7763);
        double[] en = plane.toEastNorth(51.2354, 6.7963);
        double[] back = plane.toLatLon(en[0], en[1]);
        assertEquals(51.2354, back[0], 1e-7);
        assertEquals(6.7963, back[1], 1e-7);
        assertEquals(1396, en[0], 5, "0.02° of longitude at 51° N");
        assertEquals(1112, en[1], 5, "0.01° of latitude");
    }
}
