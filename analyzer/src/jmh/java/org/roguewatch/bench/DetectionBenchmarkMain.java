package org.roguewatch.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DetectionBenchmark} and prints observations/s against the goal (1 M/s on 2 cores).
 *
 * <p>Run: {@code mvn -B -P bench -pl analyzer -am verify -DskipTests}
 */
public final class DetectionBenchmarkMain {
    private DetectionBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        RunResult result = new Runner(new OptionsBuilder().include(DetectionBenchmark.class.getSimpleName()).build())
                .runSingle();
        double perSecond = result.getPrimaryResult().getScore();
        double error = result.getPrimaryResult().getScoreError();
        System.out.printf("%ndetection, all %d detectors, %,d observations per pass: %,.0f ± %,.0f observations/s"
                        + " on %d cores (goal 1,000,000/s: %.2f x)%n", org.roguewatch.detect.Detectors.all().size(),
                DetectionBenchmark.CELLS, perSecond, error, Runtime.getRuntime().availableProcessors(),
                perSecond / 1_000_000);
    }
}
