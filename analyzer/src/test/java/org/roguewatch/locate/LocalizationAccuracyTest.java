package org.roguewatch.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The localization issue's accuracy claims on a smaller number of trials than the README table
 * ({@link LocalizationBenchmarkTable}, 500 per case): eight probes at hex cell sites, n 3.5, σ 6 dB.
 */
class LocalizationAccuracyTest {
    private static final int TRIALS = 200;

    @Test
    void medianErrorIsWithinAQuarterOfTheCramerRaoBoundAndTheEllipseIsCalibrated() {
        LocalizationTrials.Summary s = LocalizationTrials.run(8, TRIALS, 8, LocalizationTrials.URBAN_SIGMA6, false,
                TransmitPrior.ROGUE);
        assertEquals(TRIALS, s.located(), "every trial gives a point");
        assertTrue(s.medianM() <= 1.25 * s.crlbRmsM(), s.toString());
        assertTrue(s.coverage95() >= 0.90 && s.coverage95() <= 0.98, s.toString());
    }

    @Test
    void calibrationFindsAnUnknownExponentAndKeepsTheErrorNearTheBound() {
        for (double n : new double[] {3.0, 4.0}) {
            PathLossModel truth = new PathLossModel(88, n, 100, 6);
            LocalizationTrials.Summary s = LocalizationTrials.run(8, TRIALS, 99, truth, true, TransmitPrior.ROGUE);
            assertTrue(Math.abs(s.used().exponent() - n) < 0.6, "fitted " + s.used());
            assertTrue(s.medianM() <= 1.5 * s.crlbRmsM(), "n " + n + ": " + s);
        }
    }
}
