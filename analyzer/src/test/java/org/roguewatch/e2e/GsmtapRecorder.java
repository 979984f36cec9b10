package org.roguewatch.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records the BTS's GSMTAP with the project's own Netty UDP listener, run as a child JVM inside the
 * namespace ({@code ip netns exec NS java … GsmtapRecorderMain}) on the test's class path, bound to
 * {@code 127.0.0.1:4729} where osmo-bts's {@code gsmtap-remote-host} sends — what a probe with a live
 * UDP source would hear.
 */
final class UdpGsmtapCollector implements GsmtapCollector {
    static final int PORT = 4729;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    @Override
    public Listening start(NetworkNamespace namespace, TrackedProcesses processes, Path workDir) throws IOException {
        Path pcap = workDir.resolve("probe-gsmtap.pcap");
        Path log = workDir.resolve("recorder.log");
        List<String> java = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path")));
        String logback = System.getProperty("logback.configurationFile");
        if (logback != null) {
            java.add("-Dlogback.configurationFile=" + logback);
        }
        java.addAll(List.of(GsmtapRecorderMain.class.getName(), OsmoCellConfig.GSMTAP_HOST, Integer.toString(PORT),
                pcap.toString()));
        ProcessBuilder builder = new ProcessBuilder(namespace.exec(java))
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
        TrackedProcesses.Started recorder = processes.start("GSMTAP recorder", builder, log);
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(recorder.process(), lines), "recorder-stdout");
        reader.setDaemon(true);
        reader.start();
        await(lines, GsmtapRecorderMain.LISTENING, START_TIMEOUT, recorder);
        return (firstFrameTimeout, window) -> {
            await(lines, GsmtapRecorderMain.FIRST_FRAME, firstFrameTimeout, recorder);
            Thread.sleep(window.toMillis());
            recorder.process().getOutputStream().close();
            await(lines, GsmtapRecorderMain.RECORDED, START_TIMEOUT, recorder);
            return pcap;
        };
    }

    private static void readLines(Process process, LinkedBlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("stdout failed: " + e.getMessage());
        }
    }

    private static String await(LinkedBlockingQueue<String> lines, String prefix, Duration timeout,
                                TrackedProcesses.Started recorder) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                String line = lines.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && !recorder.process().isAlive() && lines.isEmpty()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("GSMTAP recorder (PID " + recorder.pid() + ") gave no '" + prefix + "' within "
                + timeout + (recorder.process().isAlive() ? "" : ", exited " + recorder.process().exitValue())
                + "; its log:\n" + recorder.logTail(20));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
