package org.roguewatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathLossCalibratorTest {
    private static final PathLossModel TRUTH = new PathLossModel(90, 3.2, 100, 6);

    /** Four probes, each hearing planned cells at 200 m..3 km, with its own cable loss. */
    private static List<CalibrationPoint> heard(Random random, double sensitivityDbm) {
        double[] cableLoss = {0, 4, -3, 1};
        List<CalibrationPoint> points = new ArrayList<>();
        for (int probe = 0; probe < 4; probe++) {
            for (int cell = 0; cell < 120; cell++) {
                double distance = 200 + 2800 * random.nextDouble();
                double level = TRUTH.receivedDbm(58, distance) - cableLoss[probe] + 6 * random.nextGaussian();
                if (level >= sensitivityDbm) {
                    points.add(new CalibrationPoint("p" + probe, "cell" + cell, distance, 58, level));
                }
            }
        }
        return points;
    }

    @Test
    void recoversTheExponentReferenceLossSigmaAndProbeOffsets() {
        PathLossCalibration fit = PathLossCalibrator.fit(heard(new Random(3), -200), LocateSettings.URBAN);
        assertTrue(fit.fitted(), fit.note());
        assertEquals(3.2, fit.model().exponent(), 0.3);
        assertEquals(6, fit.model().sigmaDb(), 1);
        // Offsets are relative (they sum to zero): the cable losses 0, 4, -3, 1 less their mean 0.5.
        assertEquals(3.5, fit.offsetDb("p1"), 1.5);
        assertEquals(-3.5, fit.offsetDb("p2"), 1.5);
        assertEquals(0, fit.probeOffsetsDb().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void cellsHeardOnlyThroughFavourableShadowingDoNotFlattenTheSlope() {
        List<CalibrationPoint> censored = heard(new Random(5), -85);
        PathLossCalibration fit = PathLossCalibrator.fit(censored, LocateSettings.URBAN);
        assertEquals(3.2, fit.model().exponent(), 0.12, fit.note());
        assertTrue(fit.note().contains(" of " + censored.size()), fit.note());
    }

    @Test
    void tooLittleToFitKeepsTheDefaultsAndSaysWhy() {
        List<CalibrationPoint> few = heard(new Random(1), -200).subList(0, 3);
        PathLossCalibration fit = PathLossCalibrator.fit(few, LocateSettings.URBAN);
        assertFalse(fit.fitted());
        assertSame(LocateSettings.URBAN, fit.model());
        assertTrue(fit.note().contains("3 planned-cell level(s)"), fit.note());
        List<CalibrationPoint> sameDistance = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sameDistance.add(new CalibrationPoint("p", "c" + i, 1000 + i, 58, -80 - i));
        }
        assertTrue(PathLossCalibrator.fit(sameDistance, LocateSettings.URBAN).note().contains("same distance"));
    }

    @Test
    void levelsThatContradictThePlanAreRefused() {
        List<CalibrationPoint> backwards = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double distance = 200 + 300 * i;
            backwards.add(new CalibrationPoint("p", "c" + i, distance, 58, -100 + 3 * i)); // stronger when farther
        }
        PathLossCalibration fit = PathLossCalibrator.fit(backwards, LocateSettings.URBAN);
        assertFalse(fit.fitted());
        assertTrue(fit.note().contains("not physical"), fit.note());
    }

    @Test
    void sectorGainFollowsTheThreeGppPattern() {
        assertEquals(0, SectorGain.relativeDb(120.0, 65.0, 120), 1e-9);
        assertEquals(-3, SectorGain.relativeDb(120.0, 65.0, 120 + 32.5), 1e-9);
        assertEquals(-20, SectorGain.relativeDb(120.0, 65.0, 300), 1e-9);
        assertEquals(-3, SectorGain.relativeDb(350.0, 65.0, 22.5), 1e-9, "across north");
        assertEquals(0, SectorGain.relativeDb(null, null, 77), 1e-9);
        assertEquals(90, SectorGain.bearingDeg(0, 0, 10, 0), 1e-9);
    }
}
