package org.roguewatch.locate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.sim.SimulatedAir;

/**
 * The localization accuracy table of README: for 4, 6, 8 and 12 probes, {@value #TRIALS} trials each
 * (n 3.5, σ 6 dB), our estimator against the weighted centroid, the Cramér–Rao bound and the
 * posterior-mean yardstick; then the calibration cases (true n 3.0 and 4.0, fitted from the planned
 * cells). Run on demand through the bench profile: {@code mvn -B -P bench -pl analyzer -am verify
 * -DskipTests} (or directly with this class's main on the test class path).
 */
public final class LocalizationBenchmarkTable {
    static final int TRIALS = 500;

    private LocalizationBenchmarkTable() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| probes | ours median / p90 (m) | weighted centroid median / p90 | CRLB RMS (median) | "
                + "posterior mean median | ours ÷ CRLB RMS | ours ÷ centroid | 95 % ellipse holds truth |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int probes : new int[] {4, 6, 8, 12}) {
            LocalizationTrials.Summary s = LocalizationTrials.run(probes, TRIALS, probes, LocalizationTrials.URBAN_SIGMA6,
                    false, TransmitPrior.ROGUE, true);
            System.out.printf(Locale.ROOT, "| %d | %.0f / %.0f | %.0f / %.0f | %.0f (%.0f) | %.0f | %.2f | %.2f | %.1f %% |%n",
                    probes, s.medianM(), s.p90M(), s.wclMedianM(), s.wclP90M(), s.crlbRmsM(), s.crlbMedianM(),
                    s.mmseMedianM(), s.medianM() / s.crlbRmsM(), s.medianM() / s.wclMedianM(), 100 * s.coverage95());
        }
        System.out.println();
        System.out.println("| true n | fitted n, PL(100 m), σ | ours median (m) | CRLB RMS (true model) | ratio | 95 % coverage |");
        System.out.println("|---|---|---|---|---|---|");
        for (double n : new double[] {3.0, 4.0}) {
            PathLossModel truth = new PathLossModel(88, n, 100, 6);
            LocalizationTrials.Summary s = LocalizationTrials.run(8, TRIALS, 99, truth, true, TransmitPrior.ROGUE, false);
            System.out.printf(Locale.ROOT, "| %.1f | %.2f, %.1f dB, %.1f dB | %.0f | %.0f | %.2f | %.1f %% |%n", n,
                    s.used().exponent(), s.used().referenceLossDb(), s.used().sigmaDb(), s.medianM(), s.crlbRmsM(),
                    s.medianM() / s.crlbRmsM(), 100 * s.coverage95());
        }
        System.out.println();
        Path out = Files.createTempDirectory("drive-by");
        AnalysisResult result = SimulatedFleet.simulateAndLocate(SimulatedFleet.DRIVE_BY, out);
        TargetLocation blaster = result.located().targets().stream()
                .filter(t -> Long.valueOf(999).equals(t.assessment().cell().ref().cellId())).findFirst().orElseThrow();
        double[] errors = SimulatedFleet.trackErrors(result, blaster,
                SimulatedFleet.truth(out.resolve(SimulatedAir.GROUND_TRUTH), "blaster"));
        System.out.printf(Locale.ROOT, "drive-by (config/scenarios/drive-by.scenario, 8 probes, 30 km/h): %d track points,"
                + " median error %.0f m, 90th percentile %.0f m; %s%n", errors.length, errors[errors.length / 2],
                errors[(int) (0.9 * errors.length)], blaster.assessment().findings().stream()
                        .filter(f -> f.signature().equals("MOVING-EMITTER")).map(f -> f.summary()).findFirst()
                        .orElse("MOVING-EMITTER did not fire"));
    }
}
