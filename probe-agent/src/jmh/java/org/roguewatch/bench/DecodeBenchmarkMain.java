package org.roguewatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * For the shared GSM capture and the shared LTE capture: builds a ≥ 100 MB pcap by repeating it,
 * measures our decoder on it with JMH and tshark {@code -T fields} on the same file in the same run,
 * and prints frames/s and the ratio.
 *
 * <p>Run: {@code mvn -B -P bench -pl probe-agent -am verify -DskipTests}
 * (one radio: add {@code -Droguewatch.bench.radio=GSM} or {@code LTE})
 */
public final class DecodeBenchmarkMain {
    private static final long MIN_BYTES = 100L * 1024 * 1024;
    private static final int TSHARK_RUNS = 2;

    /** One benchmark input: a shared capture and the tshark fields that match what we decode from it. */
    private record Input(String radio, String capture, String[] tsharkFields) {
    }

    private static final List<Input> INPUTS = List.of(
            new Input("GSM", "grgsm_vf_arfcn725_bcch_ccch_gsmtap.pcap", TsharkBaseline.GSM_FIELDS),
            new Input("LTE", "ltesniffer_ltesniffer_dl_mode_gsmtap.pcap", TsharkBaseline.LTE_FIELDS));

    private DecodeBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("roguewatch.bench.radio", "");
        for (Input input : INPUTS) {
            if (only.isEmpty() || only.equalsIgnoreCase(input.radio())) {
                run(input);
            }
        }
    }

    private static void run(Input input) throws Exception {
        Path shared = Path.of(System.getProperty("roguewatch.shared", "../shared"), "captures", input.capture());
        if (!Files.isReadable(shared)) {
            System.err.println(input.radio() + " benchmark skipped: " + shared + " is absent (it lives in ../shared/captures)");
            return;
        }
        Path file = Path.of("target", "bench", input.radio().toLowerCase() + "-100mb.pcap").toAbsolutePath();
        Files.createDirectories(file.getParent());
        long packets = BenchCapture.build(shared, file, MIN_BYTES);
        long bytes = Files.size(file);
        System.out.printf("%s input: %s, %,d bytes, %,d frames (%s repeated)%n", input.radio(), file, bytes, packets,
                input.capture());

        Options options = new OptionsBuilder()
                .include(DecodeBenchmark.class.getSimpleName())
                .param("file", file.toString())
                .build();
        RunResult result = new Runner(options).runSingle();
        double ourSeconds = result.getPrimaryResult().getScore() / 1000.0;
        double ourError = result.getPrimaryResult().getScoreError() / 1000.0;

        double tsharkSeconds = Double.POSITIVE_INFINITY;
        for (int i = 0; i < TSHARK_RUNS; i++) {
            tsharkSeconds = Math.min(tsharkSeconds, TsharkBaseline.run(file, input.tsharkFields()));
        }
        System.out.println();
        System.out.printf("%s RogueWatch decode : %8.3f s ± %.3f  %,12.0f frames/s  %,8.1f MB/s%n", input.radio(),
                ourSeconds, ourError, packets / ourSeconds, bytes / 1e6 / ourSeconds);
        if (Double.isNaN(tsharkSeconds)) {
            System.out.println(input.radio() + " tshark baseline   : not installed (Debian package tshark); no ratio");
            return;
        }
        System.out.printf("%s tshark -T fields  : %8.3f s (best of %d) %,12.0f frames/s%n", input.radio(),
                tsharkSeconds, TSHARK_RUNS, packets / tsharkSeconds);
        System.out.printf("%s ratio             : %8.1f x tshark%n", input.radio(), tsharkSeconds / ourSeconds);
    }
}
