package org.roguewatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Builds a ≥ 100 MB pcap from the shared GSM capture, measures our decoder on it with JMH and
 * tshark {@code -T fields} on the same file in the same run, and prints frames/s and the ratio.
 *
 * <p>Run: {@code mvn -B -P bench -pl probe-agent -am verify -DskipTests}
 */
public final class DecodeBenchmarkMain {
    private static final long MIN_BYTES = 100L * 1024 * 1024;
    private static final int TSHARK_RUNS = 2;

    private DecodeBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("roguewatch.shared", "../shared"), "captures",
                "grgsm_vf_arfcn725_bcch_ccch_gsmtap.pcap");
        if (!Files.isReadable(shared)) {
            System.err.println("benchmark skipped: " + shared + " is absent (it lives in ../shared/captures)");
            return;
        }
        Path input = Path.of("target", "bench", "gsm-100mb.pcap").toAbsolutePath();
        Files.createDirectories(input.getParent());
        long packets = BenchCapture.build(shared, input, MIN_BYTES);
        long bytes = Files.size(input);
        System.out.printf("input: %s, %,d bytes, %,d frames (shared GSM capture repeated)%n", input, bytes, packets);

        Options options = new OptionsBuilder()
                .include(DecodeBenchmark.class.getSimpleName())
                .param("file", input.toString())
                .build();
        RunResult result = new Runner(options).runSingle();
        double ourSeconds = result.getPrimaryResult().getScore() / 1000.0;
        double ourError = result.getPrimaryResult().getScoreError() / 1000.0;

        double tsharkSeconds = Double.POSITIVE_INFINITY;
        for (int i = 0; i < TSHARK_RUNS; i++) {
            tsharkSeconds = Math.min(tsharkSeconds, TsharkBaseline.run(input));
        }
        System.out.println();
        System.out.printf("RogueWatch decode : %8.3f s ± %.3f  %,12.0f frames/s  %,8.1f MB/s%n", ourSeconds, ourError,
                packets / ourSeconds, bytes / 1e6 / ourSeconds);
        if (Double.isNaN(tsharkSeconds)) {
            System.out.println("tshark baseline   : not installed (Debian package tshark); no ratio");
            return;
        }
        System.out.printf("tshark -T fields  : %8.3f s (best of %d) %,12.0f frames/s%n", tsharkSeconds, TSHARK_RUNS,
                packets / tsharkSeconds);
        System.out.printf("ratio             : %8.1f x tshark%n", tsharkSeconds / ourSeconds);
    }
}
