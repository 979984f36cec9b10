package org.roguewatch.spectrum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.roguewatch.spectrum.psd.FftEngine;
import org.roguewatch.spectrum.psd.WelchPsd;
import org.roguewatch.spectrum.sigmf.FmTestRecording;
import org.roguewatch.spectrum.sigmf.SigmfRecording;
import org.roguewatch.spectrum.sigmf.SigmfSpectra;

/**
 * Writes a 2.4 MS/s cu8 FM recording ({@value #SECONDS} s, as the simulator does), measures the Welch
 * PSD on it with JMH for several FFT sizes, on all cores and on one, with our radix-4 FFT and with
 * Commons Math's (the baseline), and prints the real-time factor (recording duration / time to
 * compute its PSD) and the ratio between the engines.
 *
 * <p>Run: {@code mvn -B -o -P bench -pl sdr-adapters verify -DskipTests}; narrow it with
 * {@code -Dbench.fft=1024}, {@code -Dbench.parallel=true}, {@code -Dbench.engine=RADIX4}
 * (comma-separated lists).
 */
public final class PsdBenchmarkMain {
    static final double SECONDS = 10;

    private PsdBenchmarkMain() {
    }

    private static String key(RunResult result) {
        return result.getParams().getParam("fftSize") + "/" + result.getParams().getParam("parallel");
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target", "bench").toAbsolutePath();
        Files.createDirectories(dir);
        FmTestRecording spec = FmTestRecording.oneStation(98_100_000, -20, -35, SECONDS, 1);
        Path meta = dir.resolve("fm-10s.sigmf-meta");
        if (!Files.exists(meta) || !Files.exists(dir.resolve("fm-10s.sigmf-data"))
                || Files.size(dir.resolve("fm-10s.sigmf-data")) != 2 * spec.sampleCount()) {
            spec.write(dir, "fm-10s");
        }
        System.out.printf("input: %s, %.1f s at %.1f MS/s cu8, %,d bytes; %d cores%n", meta, SECONDS,
                spec.sampleRate() / 1e6, Files.size(dir.resolve("fm-10s.sigmf-data")),
                Runtime.getRuntime().availableProcessors());
        String[] sizes = System.getProperty("bench.fft", "256,1024,4096").split(",");
        String[] modes = System.getProperty("bench.parallel", "true,false").split(",");
        String[] engines = System.getProperty("bench.engine", "RADIX4,COMMONS_MATH").split(",");
        Options options = new OptionsBuilder()
                .include(PsdBenchmark.class.getSimpleName())
                .param("meta", meta.toString())
                .param("fftSize", sizes)
                .param("parallel", modes)
                .param("engine", engines)
                .build();
        List<String> lines = new ArrayList<>();
        java.util.Map<String, Double> baseline = new java.util.HashMap<>();
        List<RunResult> results = new ArrayList<>(new Runner(options).run());
        for (RunResult result : results) {
            if (result.getParams().getParam("engine").equals("COMMONS_MATH")) {
                baseline.put(key(result), result.getPrimaryResult().getScore());
            }
        }
        for (RunResult result : results) {
            double millis = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            String engine = result.getParams().getParam("engine");
            String fft = result.getParams().getParam("fftSize");
            boolean parallel = Boolean.parseBoolean(result.getParams().getParam("parallel"));
            Double reference = baseline.get(key(result));
            String ratio = reference == null || engine.equals("COMMONS_MATH") ? ""
                    : String.format("  (%.1f x Commons Math)", reference / millis);
            lines.add(String.format("Welch PSD, %-12s FFT %5s, %-9s: %8.1f ms ± %5.1f per %.0f s  ->  %6.1f x real time%s",
                    engine, fft, parallel ? "all cores" : "one core", millis, error, SECONDS, SECONDS * 1000 / millis,
                    ratio));
        }
        lines.addAll(cpuTimeFactors(meta, sizes));
        System.out.println();
        lines.forEach(System.out::println);
    }

    /**
     * The same PSD on one thread, timed by this process's CPU time rather than the wall clock: what one
     * core does when nothing else competes for it, a figure that other builds sharing the host do not
     * distort (the JMH figures above are wall time, and are when they do).
     */
    private static List<String> cpuTimeFactors(Path meta, String[] sizes) throws Exception {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<String> lines = new ArrayList<>();
        try (SigmfRecording recording = SigmfRecording.open(meta)) {
            for (String size : sizes) {
                WelchPsd psd = new WelchPsd(Integer.parseInt(size), false, FftEngine.RADIX4);
                for (int i = 0; i < 5; i++) {
                    SigmfSpectra.perCapture(recording, psd);
                }
                int runs = 10;
                long cpu = os.getProcessCpuTime();
                for (int i = 0; i < runs; i++) {
                    SigmfSpectra.perCapture(recording, psd);
                }
                double seconds = (os.getProcessCpuTime() - cpu) / 1e9 / runs;
                lines.add(String.format("Welch PSD, RADIX4       FFT %5s, per CPU-second: %6.1f ms CPU per %.0f s  ->  %6.1f x real time per core",
                        size, seconds * 1000, SECONDS, SECONDS / seconds));
            }
        }
        return lines;
    }
}
